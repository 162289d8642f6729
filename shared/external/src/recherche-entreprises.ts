// Client of the public "API Recherche d'entreprises" (GET /search), reduced to what La Coop needs.
import { ServiceExterneIndisponible } from "./errors.ts";
import { endpoint, type FetchLike, fetchJson, isRecord } from "./fetch-json.ts";

export interface EntrepriseTrouvee {
  siret: string;
  siren: string;
  nom: string;
  /** Street part of the address (the API's address minus postal code and commune). */
  adresse: string;
  codePostal: string;
  commune: string;
  codeInsee?: string;
  latitude?: number;
  longitude?: number;
  /** The établissement is open and its legal unit active. */
  actif: boolean;
  /** Trade name of the établissement, when it has one. */
  enseigne?: string;
}

export interface RechercheEntreprisesClientOptions {
  baseUrl: string;
  timeoutMs?: number;
  fetch?: FetchLike;
}

export interface RechercheEntreprisesClient {
  /** `null` when no établissement has this SIRET (or the SIRET is not 14 digits). */
  rechercherParSiret(siret: string): Promise<EntrepriseTrouvee | null>;
  /** Établissements whose company name, trade name or address matches; [] under 3 characters. */
  rechercherParNom(q: string, options?: { parPage?: number }): Promise<EntrepriseTrouvee[]>;
}

const SERVICE = "Recherche d'entreprises";

const text = (value: unknown) => (typeof value === "string" ? value : undefined);
const coordinate = (value: unknown) => {
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return value !== null && value !== "" && Number.isFinite(parsed) ? parsed : undefined;
};

function toEntreprise(
  result: Record<string, unknown>,
  etablissement: Record<string, unknown>,
): EntrepriseTrouvee {
  const codePostal = text(etablissement.code_postal) ?? "";
  const commune = text(etablissement.libelle_commune) ?? "";
  const complete = text(etablissement.adresse) ?? "";
  const suffix = ` ${codePostal} ${commune}`;
  const codeInsee = text(etablissement.commune);
  const latitude = coordinate(etablissement.latitude);
  const longitude = coordinate(etablissement.longitude);
  const enseigne = text(etablissement.nom_commercial);
  return {
    siret: text(etablissement.siret) ?? "",
    siren: text(result.siren) ?? "",
    nom: text(result.nom_complet) ?? text(result.nom_raison_sociale) ?? "",
    adresse: codePostal && complete.endsWith(suffix) ? complete.slice(0, -suffix.length) : complete,
    codePostal,
    commune,
    ...(codeInsee && /^(\d{5}|2[AB]\d{3})$/.test(codeInsee) ? { codeInsee } : {}),
    ...(latitude !== undefined ? { latitude } : {}),
    ...(longitude !== undefined ? { longitude } : {}),
    actif: etablissement.etat_administratif === "A" && result.etat_administratif !== "C",
    ...(enseigne ? { enseigne } : {}),
  };
}

/** The results with their établissements (matching ones first, then the siège), or an error if malformed. */
function parseResults(
  body: unknown,
): Array<{ result: Record<string, unknown>; etablissements: Record<string, unknown>[] }> {
  if (!isRecord(body) || !Array.isArray(body.results)) {
    throw new ServiceExterneIndisponible(SERVICE, "unexpected response shape");
  }
  return body.results.filter(isRecord).map((result) => {
    const matching = Array.isArray(result.matching_etablissements)
      ? result.matching_etablissements.filter(isRecord)
      : [];
    const etablissements = [...matching, ...(isRecord(result.siege) ? [result.siege] : [])].filter(
      (etablissement) => typeof etablissement.siret === "string",
    );
    return { result, etablissements };
  });
}

export function createRechercheEntreprisesClient(
  options: RechercheEntreprisesClientOptions,
): RechercheEntreprisesClient {
  const timeoutMs = options.timeoutMs ?? 5000;
  const fetchImpl = options.fetch ?? globalThis.fetch;

  const search = async (q: string, perPage: number) => {
    const url = endpoint(options.baseUrl, "search");
    url.searchParams.set("q", q);
    url.searchParams.set("page", "1");
    url.searchParams.set("per_page", String(perPage));
    const body = await fetchJson({ service: SERVICE, url, timeoutMs, fetch: fetchImpl, nullOn: [404] });
    return body === null ? [] : parseResults(body);
  };

  return {
    async rechercherParSiret(siret) {
      const compact = siret.replace(/\s+/g, "");
      if (!/^\d{14}$/.test(compact)) return null;
      for (const { result, etablissements } of await search(compact, 5)) {
        const etablissement = etablissements.find((e) => e.siret === compact);
        if (etablissement) return toEntreprise(result, etablissement);
      }
      return null;
    },

    async rechercherParNom(q, { parPage = 10 } = {}) {
      const query = q.trim();
      if (query.length < 3) return [];
      const seen = new Set<string>();
      return (await search(query, Math.min(Math.max(parPage, 1), 25))).flatMap(({ result, etablissements }) =>
        etablissements.flatMap((etablissement) => {
          const entreprise = toEntreprise(result, etablissement);
          if (seen.has(entreprise.siret)) return [];
          seen.add(entreprise.siret);
          return [entreprise];
        }),
      );
    },
  };
}
