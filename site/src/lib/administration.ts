import type { EnumValue } from "@coop/domain/enums";
// Pure data declared once in shared/domain: the scopes and their French labels.
import { apiClientScope } from "@coop/domain/enums";
import type { Role } from "./session.ts";

/** One row of `GET /auth/administration/utilisateurs`. */
export type UtilisateurAdministre = {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  role: Role;
  isFixture: boolean;
  isConseillerNumerique: boolean;
  inscriptionValidee: string | null;
  lastLogin: string | null;
  disabled: string | null;
  deleted: string | null;
  created: string;
  mediateur: boolean;
  coordinateur: boolean;
};

export type ListeUtilisateurs = { utilisateurs: UtilisateurAdministre[]; total: number };

export type Statut = "actif" | "desactive" | "supprime" | "inscription";

export const libellesRoles: Readonly<Record<Role, string>> = {
  user: "Utilisateur",
  support: "Support",
  admin: "Administrateur",
};

export const libellesStatuts: Readonly<Record<Statut, string>> = {
  actif: "Actif",
  desactive: "Désactivé",
  supprime: "Supprimé",
  inscription: "Inscription en cours",
};

export const parPage = 20;

export type Filtres = { recherche: string; role: Role | ""; statut: Statut | ""; page: number };

/** The filters of the list live in the page address, so that a reload or a shared link keeps them. */
export function lireFiltres(search: string): Filtres {
  const parametres = new URLSearchParams(search);
  const role = parametres.get("role") ?? "";
  const statut = parametres.get("statut") ?? "";
  const page = Number.parseInt(parametres.get("page") ?? "1", 10);
  return {
    recherche: (parametres.get("recherche") ?? "").slice(0, 200),
    role: Object.hasOwn(libellesRoles, role) ? (role as Role) : "",
    statut: Object.hasOwn(libellesStatuts, statut) ? (statut as Statut) : "",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Query string of the list, for the API and for the page links (empty filters left out). */
export function requeteFiltres(filtres: Filtres, extra: Record<string, string> = {}): string {
  const parametres = new URLSearchParams();
  if (filtres.recherche.trim()) parametres.set("recherche", filtres.recherche.trim());
  if (filtres.role) parametres.set("role", filtres.role);
  if (filtres.statut) parametres.set("statut", filtres.statut);
  if (filtres.page > 1) parametres.set("page", String(filtres.page));
  for (const [cle, valeur] of Object.entries(extra)) parametres.set(cle, valeur);
  const texte = parametres.toString();
  return texte ? `?${texte}` : "";
}

/** The status badge of an account: deleted, then deactivated, then inscription in progress. */
export function statutDe(utilisateur: UtilisateurAdministre): Statut {
  if (utilisateur.deleted) return "supprime";
  if (utilisateur.disabled) return "desactive";
  if (!utilisateur.inscriptionValidee) return "inscription";
  return "actif";
}

/** Page numbers to show: first, last, and two around the current one, with gaps as null. */
export function pagesAffichees(courante: number, total: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= total; page++) {
    if (page === 1 || page === total || Math.abs(page - courante) <= 1) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

export type Portee = EnumValue<typeof apiClientScope>;
export const optionsPortees = apiClientScope.options;
export const libellePortee = (portee: string): string =>
  apiClientScope.is(portee) ? apiClientScope.label(portee) : portee;

/** One partner API client, as `/auth/administration/clients-api` returns it. */
export type ClientApi = {
  id: string;
  name: string;
  scopes: string[];
  validFrom: string;
  validUntil: string | null;
  created: string;
  updated: string;
};

export type EtatClient = "actif" | "a-venir" | "expire";

export function etatClient(client: ClientApi, maintenant = new Date()): EtatClient {
  if (new Date(client.validFrom) > maintenant) return "a-venir";
  if (client.validUntil && new Date(client.validUntil) <= maintenant) return "expire";
  return "actif";
}

/** What the partner sends: `Authorization: Bearer <client id>:<secret>`. */
export const enTeteAutorisation = (clientId: string, secret: string): string =>
  `Bearer ${clientId}:${secret}`;
