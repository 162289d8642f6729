import { useEffect, useState } from "react";
import { codeAffichable, expliquerErreur } from "../lib/connexion.ts";

/** Explains `?raison=` in French, with a way back to the sign-in page. */
export default function ErreurConnexion() {
  const [raison, setRaison] = useState<string | null>(null);

  useEffect(() => {
    setRaison(new URLSearchParams(window.location.search).get("raison"));
  }, []);

  const explication = expliquerErreur(raison);
  const code = codeAffichable(raison);
  return (
    <>
      <div className="fr-alert fr-alert--error fr-mb-4w">
        <h2 className="fr-alert__title">{explication.titre}</h2>
        <p>{explication.message}</p>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {explication.reessayable && (
          <li>
            <a className="fr-btn" href="/connexion">
              Réessayer
            </a>
          </li>
        )}
        <li>
          <a className={`fr-btn${explication.reessayable ? " fr-btn--secondary" : ""}`} href="/">
            Revenir à l'accueil
          </a>
        </li>
      </ul>
      {code && (
        <p className="fr-text--xs fr-mt-2w">
          Code de l'erreur, à communiquer si vous nous contactez : {code}
        </p>
      )}
    </>
  );
}
