import { typeLieu } from "@coop/domain/enums";
import type { TypeLieu } from "../../lib/activites-api.ts";
import type { Commune } from "../../lib/beneficiaires-api.ts";
import type { ErreursCra } from "../../lib/cra-form.ts";
import { idCra } from "../../lib/cra-form.ts";
import type { Structure } from "../../lib/inscription.ts";
import { ChampCommune } from "../commun/ChampCommune.tsx";
import { ChampSelect, GroupeRadios } from "../commun/Champs.tsx";

/**
 * Where the activité took place: the type of place decides what follows — one of the médiateur's
 * lieux, a commune (à domicile, autre lieu), or nothing (à distance).
 */
export function ChampLieu({
  lieux,
  valeur,
  structureId,
  commune,
  erreurs,
  onChange,
}: {
  lieux: readonly Structure[];
  valeur: TypeLieu | "";
  structureId: string;
  commune: Commune | null;
  erreurs: ErreursCra;
  onChange: (changes: { typeLieu?: TypeLieu; structureId?: string; lieuCommune?: Commune | null }) => void;
}) {
  return (
    <>
      <GroupeRadios
        id={idCra("typeLieu")}
        legende="Lieu de l'activité"
        obligatoire
        options={typeLieu.options}
        valeur={valeur}
        onChange={(choisi) => onChange({ typeLieu: choisi as TypeLieu })}
        erreur={erreurs.typeLieu}
        enLigne
      />
      {valeur === "lieu_activite" &&
        (lieux.length === 0 ? (
          <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" id={idCra("structureId")}>
            <p>
              Vous n'avez aucun lieu d'activité enregistré. Choisissez un autre type de lieu, ou ajoutez vos
              lieux depuis <a href="/coop/mon-compte">Mon compte</a>.
            </p>
            {erreurs.structureId && <p className="fr-error-text">{erreurs.structureId}</p>}
          </div>
        ) : (
          <ChampSelect
            id={idCra("structureId")}
            label="Lieu d'activité"
            obligatoire
            invite="Choisissez un de vos lieux"
            options={lieux.map((lieu) => ({
              value: lieu.id,
              label: lieu.commune ? `${lieu.nom} – ${lieu.commune}` : lieu.nom,
            }))}
            valeur={structureId}
            onChange={(choisi) => onChange({ structureId: choisi })}
            erreur={erreurs.structureId}
          />
        ))}
      {(valeur === "domicile" || valeur === "autre") && (
        <ChampCommune
          id={idCra("lieuCommune")}
          label={valeur === "domicile" ? "Commune du domicile du bénéficiaire" : "Commune du lieu"}
          obligatoire
          commune={commune}
          onChange={(choisie) => onChange({ lieuCommune: choisie })}
          erreur={erreurs.lieuCommune}
        />
      )}
      {valeur === "a_distance" && (
        <p className="fr-text--sm fr-mb-3w">
          Pour une activité à distance, la commune de votre structure employeuse est enregistrée.
        </p>
      )}
    </>
  );
}
