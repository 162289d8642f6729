import { useCallback, useEffect, useState } from "react";
import { ApiError } from "./api.ts";
import { adresseConnexion, lireSession, pageCourante, type Role, type Session } from "./session.ts";

export type Exigences = {
  /** Inside /coop: an inscription still in progress sends the person to /inscription. */
  inscriptionValidee?: boolean;
  /** Technical roles allowed on the page; everyone signed in when absent. */
  roles?: readonly Role[];
};

export type EtatSession =
  | { etat: "chargement" }
  | { etat: "redirection" }
  | { etat: "connecte"; session: Session }
  | { etat: "interdit"; session: Session }
  | { etat: "erreur"; message: string; reessayer: () => void };

const messageInattendu = "Une erreur inattendue est survenue. Réessayez dans quelques instants.";

/**
 * Every protected island starts here: asks `/auth/me`, sends a signed-out person to the sign-in page
 * (coming back here afterwards), and an unfinished inscription to /inscription when the page needs it.
 */
export function useSessionProtegee({ inscriptionValidee = false, roles }: Exigences = {}): EtatSession {
  const [etat, setEtat] = useState<EtatSession>({ etat: "chargement" });
  const [essai, setEssai] = useState(0);
  const reessayer = useCallback(() => setEssai((n) => n + 1), []);
  const rolesAttendus = roles?.join(",");

  useEffect(() => {
    let actif = true;
    void essai;
    setEtat({ etat: "chargement" });
    lireSession().then(
      (session) => {
        if (!actif) return;
        if (!session) {
          setEtat({ etat: "redirection" });
          window.location.replace(adresseConnexion(pageCourante()));
        } else if (rolesAttendus && !rolesAttendus.split(",").includes(session.user.role)) {
          setEtat({ etat: "interdit", session });
        } else if (inscriptionValidee && !session.user.inscriptionValidee) {
          setEtat({ etat: "redirection" });
          window.location.replace("/inscription");
        } else {
          setEtat({ etat: "connecte", session });
        }
      },
      (error: unknown) => {
        if (!actif) return;
        const message = error instanceof ApiError ? error.message : messageInattendu;
        setEtat({ etat: "erreur", message, reessayer });
      },
    );
    return () => {
      actif = false;
    };
  }, [essai, inscriptionValidee, rolesAttendus, reessayer]);

  return etat;
}
