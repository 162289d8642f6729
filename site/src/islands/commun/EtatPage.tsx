import type { EtatSession } from "../../lib/useSession.ts";

/** What a protected island shows until the session is known: loading, redirecting, refused or failed. */
export function EtatPage({ etat }: { etat: Exclude<EtatSession, { etat: "connecte" }> }) {
  switch (etat.etat) {
    case "chargement":
      return (
        <p role="status" className="fr-text--lg">
          Chargement…
        </p>
      );
    case "redirection":
      return <p role="status">Redirection en cours…</p>;
    case "interdit":
      return (
        <div className="fr-alert fr-alert--warning">
          <h2 className="fr-alert__title">Accès réservé</h2>
          <p>
            Cette page est réservée à l'équipe de La Coop. <a href="/">Revenir à l'accueil</a>
          </p>
        </div>
      );
    case "erreur":
      return <AlerteErreur message={etat.message} reessayer={etat.reessayer} />;
  }
}

/** A failed call: its French message, and a way to try again when there is one. */
export function AlerteErreur({
  titre = "Une erreur est survenue",
  message,
  reessayer,
}: {
  titre?: string;
  message: string;
  reessayer?: (() => void) | undefined;
}) {
  return (
    <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 className="fr-alert__title">{titre}</h2>
      <p>{message}</p>
      {reessayer && (
        <button className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w" type="button" onClick={reessayer}>
          Réessayer
        </button>
      )}
    </div>
  );
}
