import { genre, statutSocial, trancheAge } from "@coop/domain/enums";
import type { Personne } from "../../lib/activites-api.ts";
import { nomBeneficiaire } from "../../lib/beneficiaires-api.ts";
import { type ErreursCra, idCra, type ValeursCra } from "../../lib/cra-form.ts";
import { ChampCommune } from "../commun/ChampCommune.tsx";
import { CaseACocher, GroupeRadios } from "../commun/Champs.tsx";
import { ouvre } from "../commun/Modale.tsx";
import { ComboboxBeneficiaires } from "./ComboboxBeneficiaires.tsx";

const sansNonCommunique = <O extends { value: string }>(options: readonly O[]) =>
  options.filter((option) => option.value !== "non_communique");

type Changes = Partial<
  Pick<
    ValeursCra,
    | "modeBeneficiaire"
    | "beneficiaire"
    | "anonymeDejaAccompagne"
    | "anonymeCommune"
    | "anonymeGenre"
    | "anonymeTrancheAge"
    | "anonymeStatutSocial"
  >
>;

/**
 * The individuel's bénéficiaire: one of the médiateur's (searched, or created in the modal
 * `idModaleCreation`), or an anonymous one with what is known of them (all optional).
 */
export function ChoixBeneficiaire({
  valeurs,
  erreurs,
  idModaleCreation,
  onChange,
}: {
  valeurs: ValeursCra;
  erreurs: ErreursCra;
  idModaleCreation: string;
  onChange: (changes: Changes) => void;
}) {
  const choisi: Personne | null = valeurs.beneficiaire;
  return (
    <>
      <GroupeRadios
        id="cra-modeBeneficiaire"
        legende="Qui avez-vous accompagné ?"
        options={[
          {
            value: "suivi",
            label: "Un bénéficiaire suivi",
            indice: "Un de vos bénéficiaires, ou un nouveau.",
          },
          {
            value: "anonyme",
            label: "Un bénéficiaire anonyme",
            indice: "Sans nom ; quelques informations facultatives pour les statistiques.",
          },
        ]}
        valeur={valeurs.modeBeneficiaire}
        onChange={(mode) => onChange({ modeBeneficiaire: mode as ValeursCra["modeBeneficiaire"] })}
        enLigne
      />

      {valeurs.modeBeneficiaire === "suivi" &&
        (choisi ? (
          <div className="fr-input-group" id={idCra("beneficiaire")}>
            <p className="fr-label fr-mb-1w" id="cra-beneficiaire-label">
              Bénéficiaire
            </p>
            <div className="coop-choix">
              <span className="fr-text--bold fr-icon-user-line fr-icon--sm"> {nomBeneficiaire(choisi)}</span>
              <button
                className="fr-btn fr-btn--tertiary fr-btn--sm fr-btn--icon-left fr-icon-edit-line"
                type="button"
                onClick={() => onChange({ beneficiaire: null })}
              >
                Changer<span className="fr-sr-only"> de bénéficiaire ({nomBeneficiaire(choisi)})</span>
              </button>
            </div>
            {erreurs.beneficiaire && <p className="fr-error-text">{erreurs.beneficiaire}</p>}
          </div>
        ) : (
          <>
            <ComboboxBeneficiaires
              id={idCra("beneficiaire")}
              label="Rechercher parmi vos bénéficiaires"
              obligatoire
              exclure={[]}
              erreur={erreurs.beneficiaire}
              onChoisir={(personne) => onChange({ beneficiaire: personne })}
            />
            <button
              className="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-user-add-line fr-mb-3w"
              type="button"
              {...ouvre(idModaleCreation)}
            >
              Créer un bénéficiaire
            </button>
          </>
        ))}

      {valeurs.modeBeneficiaire === "anonyme" && (
        <div className="fr-pl-md-4w">
          <p className="fr-text--sm">Toutes ces informations sont facultatives.</p>
          <div className="fr-mb-3w">
            <CaseACocher
              id="cra-anonymeDejaAccompagne"
              label="J'ai déjà accompagné ce bénéficiaire"
              coche={valeurs.anonymeDejaAccompagne}
              onChange={(coche) => onChange({ anonymeDejaAccompagne: coche })}
            />
          </div>
          <ChampCommune
            id={idCra("anonymeCommune")}
            label="Commune de résidence du bénéficiaire"
            commune={valeurs.anonymeCommune}
            onChange={(commune) => onChange({ anonymeCommune: commune })}
            erreur={erreurs.anonymeCommune}
          />
          <GroupeRadios
            id={idCra("anonymeGenre")}
            legende="Genre"
            options={sansNonCommunique(genre.options)}
            valeur={valeurs.anonymeGenre}
            onChange={(valeur) => onChange({ anonymeGenre: valeur })}
            erreur={erreurs.anonymeGenre}
            enLigne
            effacable
          />
          <GroupeRadios
            id={idCra("anonymeTrancheAge")}
            legende="Tranche d'âge"
            options={sansNonCommunique(trancheAge.options)}
            valeur={valeurs.anonymeTrancheAge}
            onChange={(valeur) => onChange({ anonymeTrancheAge: valeur })}
            erreur={erreurs.anonymeTrancheAge}
            enLigne
            effacable
          />
          <GroupeRadios
            id={idCra("anonymeStatutSocial")}
            legende="Statut"
            options={sansNonCommunique(statutSocial.options)}
            valeur={valeurs.anonymeStatutSocial}
            onChange={(valeur) => onChange({ anonymeStatutSocial: valeur })}
            erreur={erreurs.anonymeStatutSocial}
            enLigne
            effacable
          />
        </div>
      )}
    </>
  );
}
