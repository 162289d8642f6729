import { useState } from "react";
import type { TypeActivite } from "../../lib/activites-api.ts";
import { beneficiaireVide } from "../../lib/beneficiaire-form.ts";
import type { Beneficiaire } from "../../lib/beneficiaires-api.ts";
import { FormulaireBeneficiaire } from "../beneficiaires/FormulaireBeneficiaire.tsx";
import { Modale } from "../commun/Modale.tsx";

export const idModaleCreation = "modale-creer-beneficiaire";

/**
 * "Créer un bénéficiaire" from a CRA: the bénéficiaire form in a DSFR modal, outside the CRA's own
 * form (forms do not nest). It starts empty each time it opens.
 */
export function ModaleCreationBeneficiaire({
  type,
  onCree,
}: {
  type: TypeActivite;
  onCree: (beneficiaire: Beneficiaire) => void;
}) {
  const [ouverture, setOuverture] = useState(0);
  return (
    <Modale
      id={idModaleCreation}
      titre="Créer un bénéficiaire"
      large
      onFermee={() => setOuverture((n) => n + 1)}
    >
      <FormulaireBeneficiaire
        key={ouverture}
        initial={beneficiaireVide()}
        niveauTitre={3}
        onEnregistre={onCree}
        libelleEnvoi={
          type === "individuel" ? "Créer et choisir ce bénéficiaire" : "Créer et ajouter aux participants"
        }
        actions={
          <li>
            <button className="fr-btn fr-btn--secondary" type="button" aria-controls={idModaleCreation}>
              Annuler
            </button>
          </li>
        }
      />
    </Modale>
  );
}
