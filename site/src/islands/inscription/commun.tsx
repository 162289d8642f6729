import type { EtatInscription } from "../../lib/inscription.ts";

export type ProprietesEtape = {
  etat: EtatInscription;
  /** Called once the step is saved: moves on to the next one. */
  onTerminee: () => Promise<void>;
  onPrecedente?: (() => void) | undefined;
};

/** "Continuer" (the form's submit button) and, after the first step, "Étape précédente". */
export function BoutonsEtape({
  envoi,
  onPrecedente,
  libelle = "Continuer",
}: {
  envoi: boolean;
  onPrecedente?: (() => void) | undefined;
  libelle?: string;
}) {
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--inline-reverse fr-mt-4w">
      <li>
        <button className="fr-btn" type="submit" disabled={envoi}>
          {envoi ? "Enregistrement…" : libelle}
        </button>
      </li>
      {onPrecedente && (
        <li>
          <button className="fr-btn fr-btn--secondary" type="button" onClick={onPrecedente}>
            Étape précédente
          </button>
        </li>
      )}
    </ul>
  );
}
