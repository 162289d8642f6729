import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { ApiError } from "../lib/api.ts";
import { arreterUsurpation, lireSession, nomAffiche, type Session, seDeconnecter } from "../lib/session.ts";

/**
 * On every page: once `/auth/me` says who is signed in, the header's "Se connecter" becomes the person's
 * account link and "Se déconnecter", and an impersonation shows a notice above the header.
 *
 * The header is static; DSFR copies its tool links into the phone menu. Both copies are rendered here
 * (same markup, no ids) so that DSFR's copy and ours never disagree.
 */
export default function SessionEnTete() {
  const [session, setSession] = useState<Session | null>(null);
  const [emplacements, setEmplacements] = useState<Element[]>([]);
  const [erreur, setErreur] = useState<string | null>(null);

  useEffect(() => {
    lireSession().then(setSession, () => setSession(null));
  }, []);

  useEffect(() => {
    if (!session) return;
    const cibles = [...document.querySelectorAll(".fr-header__tools-links, .fr-header__menu-links")];
    for (const cible of cibles) cible.replaceChildren();
    setEmplacements(cibles);
  }, [session]);

  const agir = (action: () => Promise<void>) => () => {
    setErreur(null);
    action().catch((error: unknown) =>
      setErreur(error instanceof ApiError ? error.message : "L'action n'a pas abouti. Réessayez."),
    );
  };

  if (!session) return null;
  const liens = (
    <ul className="fr-btns-group">
      {session.user.role !== "user" && (
        <li>
          <a className="fr-btn fr-icon-settings-5-line" href="/administration">
            Administration
          </a>
        </li>
      )}
      <li>
        <a className="fr-btn fr-icon-account-circle-line" href="/coop/mon-compte">
          {nomAffiche(session.user)}
          <span className="fr-sr-only"> - Mon compte</span>
        </a>
      </li>
      <li>
        <button className="fr-btn fr-icon-logout-box-r-line" type="button" onClick={agir(seDeconnecter)}>
          Se déconnecter
        </button>
      </li>
    </ul>
  );

  return (
    <>
      {session.usurper && (
        <div className="fr-notice fr-notice--warning">
          <div className="fr-container">
            <div className="fr-notice__body">
              <p>
                <span className="fr-notice__title">
                  Vous agissez en tant que {nomAffiche(session.user)} ({session.user.email}).
                </span>
                <span className="fr-notice__desc">
                  Vos actions sont enregistrées pour ce compte.{" "}
                  <button className="fr-link" type="button" onClick={agir(arreterUsurpation)}>
                    Arrêter
                    <span className="fr-sr-only"> d'agir en tant que {nomAffiche(session.user)}</span>
                  </button>
                </span>
              </p>
            </div>
          </div>
        </div>
      )}
      {erreur && (
        <div className="fr-container fr-mt-2w">
          <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
            <p>{erreur}</p>
          </div>
        </div>
      )}
      {emplacements.map((cible, rang) => createPortal(liens, cible, `entete-${rang}`))}
    </>
  );
}
