import { ApiError, apiFetch } from "./api.ts";

export type Role = "user" | "support" | "admin";

/** The signed-in person, as `GET /auth/me` describes them. */
export type Utilisateur = {
  id: string;
  email: string;
  role: Role;
  firstName: string | null;
  lastName: string | null;
  name: string | null;
  isFixture: boolean;
  isConseillerNumerique: boolean;
  inscriptionValidee: string | null;
  mediateurId: string | null;
  coordinateurId: string | null;
};

/** During an impersonation, `usurper` is the administrator acting as `user`. */
export type Session = {
  user: Utilisateur;
  usurper: { id: string; email: string; name: string | null } | null;
};

let sessionEnCours: Promise<Session | null> | undefined;

/**
 * The current session, or null when nobody is signed in (401). Every island of a page shares the
 * one request; any other failure rejects, and the next call asks again.
 */
export function lireSession(): Promise<Session | null> {
  sessionEnCours ??= apiFetch<Session>("/auth/me").catch((error: unknown) => {
    sessionEnCours = undefined;
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  });
  return sessionEnCours;
}

/** Same rule as the server: a path on this site, never another host ("//x", "/\\x"). */
export const cheminLocal = (valeur: string | null | undefined): string | undefined =>
  valeur && /^\/(?![/\\])[^\s]*$/.test(valeur) ? valeur : undefined;

/** `/connexion?retour=<where the person was>`. */
export const adresseConnexion = (retour: string): string => `/connexion?retour=${encodeURIComponent(retour)}`;

export const pageCourante = (): string => window.location.pathname + window.location.search;

/** "Awa Diallo", else the e-mail address. */
export const nomAffiche = (personne: {
  firstName?: string | null;
  lastName?: string | null;
  name?: string | null;
  email: string;
}): string => {
  const nom = [personne.firstName, personne.lastName].filter(Boolean).join(" ").trim();
  return nom || personne.name?.trim() || personne.email;
};

/** The one role shown for a person: administrator first, then coordinator, CN, mediator. */
export function roleAffiche(user: Utilisateur): string {
  if (user.role === "admin") return "Administrateur";
  if (user.role === "support") return "Support";
  if (user.coordinateurId) return "Coordinateur";
  if (user.isConseillerNumerique) return "Conseiller Numérique";
  if (user.mediateurId) return "Médiateur";
  return "Rôle non défini";
}

/** Follows a redirection the server gave: a local path, or (after sign-out) the ProConnect logout page. */
export function suivreRedirection(redirection: string | undefined, parDefaut: string): void {
  const cible =
    cheminLocal(redirection) ?? (redirection && /^https:\/\//.test(redirection) ? redirection : parDefaut);
  window.location.assign(cible);
}

/** Signs out (and out of ProConnect when the server says so). */
export async function seDeconnecter(): Promise<void> {
  const { redirection } = await apiFetch<{ redirection?: string }>("/auth/deconnexion", { method: "POST" });
  suivreRedirection(redirection, "/connexion?deconnexion=1");
}

/** Ends an impersonation: the administrator gets their own session back. */
export async function arreterUsurpation(): Promise<void> {
  const { redirection } = await apiFetch<{ redirection?: string }>("/auth/usurpation/fin", {
    method: "POST",
  });
  suivreRedirection(cheminLocal(redirection), "/administration/utilisateurs");
}
