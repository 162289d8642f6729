import type { Page, Request } from "playwright-core";

/**
 * Playwright stand-ins for the JSON endpoints of the functions, so that the site's islands can be driven
 * in a browser without a database. They answer what the contract in the brief says; the real end-to-end
 * path through the functions (same origin, cookies, Origin checks) is exercised by shared/local's tests.
 */

export type Reponse = { status?: number; body?: unknown; delay?: number };
export type Appel = {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** The `:name` segments of a pattern route ("GET /activites/:id"). */
  params: Record<string, string>;
};
export type Gestionnaire = Reponse | ((appel: Appel) => Reponse);

/** Routes keyed "METHOD /path" (query excluded); "METHOD /path/:id" matches any one segment. */
export type Stubs = Record<string, Gestionnaire>;

const prefixes = ["/auth/", "/structures", "/beneficiaires", "/activites", "/exports/", "/imports/"];

/** The stub of a call: its exact route, else the first pattern route that fits (with its params). */
function trouver(stubs: Stubs, method: string, path: string) {
  const exact = stubs[`${method} ${path}`];
  if (exact !== undefined) return { gestionnaire: exact, params: {} };
  const segments = path.split("/");
  for (const [cle, gestionnaire] of Object.entries(stubs)) {
    const [methode, motif = ""] = cle.split(" ");
    const attendus = motif.split("/");
    if (methode !== method || attendus.length !== segments.length || !motif.includes("/:")) continue;
    const params: Record<string, string> = {};
    if (
      attendus.every((attendu, rang) => {
        const segment = segments[rang] ?? "";
        if (attendu.startsWith(":")) {
          params[attendu.slice(1)] = decodeURIComponent(segment);
          return segment !== "";
        }
        return attendu === segment;
      })
    )
      return { gestionnaire, params };
  }
  return { gestionnaire: undefined, params: {} };
}

export const erreur = (
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
): Reponse => ({
  status,
  body: { error: fields ? { code, message, fields } : { code, message } },
});

/** Installs the stubs on a page and returns the calls made, for assertions. Unknown routes answer 404. */
export async function stubApi(page: Page, stubs: Stubs): Promise<Appel[]> {
  const appels: Appel[] = [];
  await page.route(
    (url) => prefixes.some((prefix) => url.pathname.startsWith(prefix)),
    async (route) => {
      const request: Request = route.request();
      const url = new URL(request.url());
      const texte = request.postData();
      let body: unknown = texte;
      try {
        body = texte ? JSON.parse(texte) : undefined;
      } catch {
        // Not JSON: kept as text.
      }
      const { gestionnaire, params } = trouver(stubs, request.method(), url.pathname);
      const appel = { method: request.method(), path: url.pathname, query: url.searchParams, body, params };
      appels.push(appel);
      const reponse: Reponse =
        gestionnaire === undefined
          ? erreur(404, "not_found", "La ressource demandée est introuvable.")
          : typeof gestionnaire === "function"
            ? gestionnaire(appel)
            : gestionnaire;
      if (reponse.delay) await new Promise((done) => setTimeout(done, reponse.delay));
      const status = reponse.status ?? 200;
      if (status === 204) return route.fulfill({ status });
      return route.fulfill({
        status,
        contentType: "application/json; charset=utf-8",
        body: JSON.stringify(reponse.body ?? null),
      });
    },
  );
  return appels;
}

export const nonConnecte = erreur(
  401,
  "unauthorized",
  "Vous devez être connecté pour accéder à cette ressource.",
);

export type Personne = {
  id: string;
  email: string;
  role: "user" | "support" | "admin";
  firstName: string | null;
  lastName: string | null;
  name: string | null;
  isFixture: boolean;
  isConseillerNumerique: boolean;
  inscriptionValidee: string | null;
  mediateurId: string | null;
  coordinateurId: string | null;
};

export const mediatrice: Personne = {
  id: "0b6f1a52-8a3e-4a51-9d0e-3f1b2c4d5e60",
  email: "awa.diallo@liens-numeriques.fr",
  role: "user",
  firstName: "Awa",
  lastName: "Diallo",
  name: "Awa Diallo",
  isFixture: false,
  isConseillerNumerique: false,
  inscriptionValidee: "2026-03-02T09:30:00.000Z",
  mediateurId: "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
  coordinateurId: null,
};

export const nouvelleInscrite: Personne = {
  ...mediatrice,
  id: "1c7e2b63-9b4f-4b62-8e1f-4a2c3d5e6f71",
  email: "lea.martin@mediatheque-cenon.fr",
  firstName: "Léa",
  lastName: "Martin",
  name: "Léa Martin",
  inscriptionValidee: null,
  mediateurId: null,
};

export const administratrice: Personne = {
  ...mediatrice,
  id: "2d8f3c74-0c5a-4c73-9f2a-5b3d4e6f7a82",
  email: "claire.admin@anct.gouv.fr",
  role: "admin",
  firstName: "Claire",
  lastName: "Bernard",
  name: "Claire Bernard",
  mediateurId: null,
};

export const support: Personne = {
  ...administratrice,
  id: "3e9a4d85-1d6b-4d84-8a3b-6c4e5f7a8b93",
  role: "support",
};

export const moi = (
  user: Personne | null,
  usurper: { id: string; email: string; name: string } | null = null,
) => (user ? { body: { user, usurper } } : nonConnecte);

export const employeur = {
  id: "5a1b2c3d-0000-4000-8000-000000000001",
  nom: "ASSOCIATION LIENS NUMERIQUES",
  adresse: "112 COURS DE LA SOMME",
  codePostal: "33000",
  commune: "BORDEAUX",
  siret: "80462139900018",
  typologies: ["ASSO"],
};

export const mediatheque = {
  id: "5a1b2c3d-0000-4000-8000-000000000002",
  nom: "Médiathèque Jacques Ellul",
  adresse: "21 rue du Professeur Pierre Mauriac",
  codePostal: "33600",
  commune: "Pessac",
  siret: null,
  typologies: ["BIB"],
};
