import { autonomie, niveauAtelier, structureDeRedirection } from "@coop/domain/enums";
import type { TypeActivite } from "../../lib/activites-api.ts";
import { type ErreursCra, idCra, type ValeursCra } from "../../lib/cra-form.ts";
import { ChampSelect, GroupeRadios } from "../commun/Champs.tsx";
import { NiveauEtoiles } from "../commun/NiveauEtoiles.tsx";

/** After the thématiques: the bénéficiaire's autonomy and orientation (individuel), the atelier's level (collectif). */
export function ChampsSuite({
  type,
  valeurs,
  erreurs,
  onChange,
}: {
  type: TypeActivite;
  valeurs: ValeursCra;
  erreurs: ErreursCra;
  onChange: (changes: Partial<ValeursCra>) => void;
}) {
  return (
    <section className="fr-mb-4w" aria-labelledby="cra-section-suite">
      <h2 className="fr-h5" id="cra-section-suite">
        {type === "individuel" ? "Autonomie et orientation" : "Niveau de l'atelier"}
      </h2>
      {type === "individuel" ? (
        <>
          <NiveauEtoiles
            id={idCra("autonomie")}
            legende="Niveau d'autonomie du bénéficiaire"
            indice="Facultatif."
            options={autonomie.options}
            valeur={valeurs.autonomie}
            onChange={(valeur) => onChange({ autonomie: valeur })}
            erreur={erreurs.autonomie}
          />
          <GroupeRadios
            id={idCra("orienteVersStructure")}
            legende="Le bénéficiaire est-il orienté vers une autre structure ?"
            indice="Facultatif."
            options={[
              { value: "oui", label: "Oui" },
              { value: "non", label: "Non" },
            ]}
            valeur={valeurs.orienteVersStructure}
            onChange={(valeur) =>
              onChange({ orienteVersStructure: valeur as ValeursCra["orienteVersStructure"] })
            }
            erreur={erreurs.orienteVersStructure}
            enLigne
            effacable
          />
          {valeurs.orienteVersStructure === "oui" && (
            <ChampSelect
              id={idCra("structureDeRedirection")}
              label="Vers quelle structure ?"
              indice="Facultatif."
              invite="Choisissez un type de structure"
              options={structureDeRedirection.options}
              valeur={valeurs.structureDeRedirection}
              onChange={(valeur) => onChange({ structureDeRedirection: valeur })}
              erreur={erreurs.structureDeRedirection}
            />
          )}
        </>
      ) : (
        <NiveauEtoiles
          id={idCra("niveau")}
          legende="Niveau des participants"
          indice="Facultatif."
          options={niveauAtelier.options}
          valeur={valeurs.niveau}
          onChange={(niveau) => onChange({ niveau })}
          erreur={erreurs.niveau}
        />
      )}
    </section>
  );
}
