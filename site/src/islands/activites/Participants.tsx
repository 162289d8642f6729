import type { Personne } from "../../lib/activites-api.ts";
import { nomBeneficiaire } from "../../lib/beneficiaires-api.ts";
import { type ErreursCra, idCra } from "../../lib/cra-form.ts";
import { ouvre } from "../commun/Modale.tsx";
import { ComboboxBeneficiaires } from "./ComboboxBeneficiaires.tsx";

const separateur = { borderBottom: "1px solid var(--border-default-grey)" };

/** The collectif's identified participants: searched among the médiateur's bénéficiaires, or created. */
export function Participants({
  participants,
  erreurs,
  idModaleCreation,
  onChange,
}: {
  participants: readonly Personne[];
  erreurs: ErreursCra;
  idModaleCreation: string;
  onChange: (participants: Personne[]) => void;
}) {
  return (
    <>
      <ComboboxBeneficiaires
        id={idCra("participants")}
        label="Ajouter un participant suivi"
        exclure={participants.map((participant) => participant.id)}
        erreur={erreurs.participants}
        onChoisir={(personne) => onChange([...participants, personne])}
      />
      <button
        className="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-user-add-line fr-mb-3w"
        type="button"
        {...ouvre(idModaleCreation)}
      >
        Créer un bénéficiaire
      </button>
      {participants.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mb-1w" id="cra-participants-titre">
            Participants suivis ({participants.length})
          </h3>
          <ul className="fr-raw-list fr-mb-3w" aria-labelledby="cra-participants-titre">
            {participants.map((participant) => (
              <li
                key={participant.id}
                className="fr-py-1w"
                style={{
                  ...separateur,
                  display: "flex",
                  justifyContent: "space-between",
                  alignItems: "center",
                  gap: "1rem",
                }}
              >
                <span>{nomBeneficiaire(participant)}</span>
                <button
                  className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-btn--icon-left fr-icon-close-line"
                  type="button"
                  onClick={() => onChange(participants.filter((p) => p.id !== participant.id))}
                >
                  Retirer<span className="fr-sr-only"> {nomBeneficiaire(participant)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {participants.length === 0 && (
        <p className="fr-text--sm">
          Aucun participant suivi pour l'instant. Un atelier compte au moins un participant, suivi ou anonyme.
        </p>
      )}
    </>
  );
}
