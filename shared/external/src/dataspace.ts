// Client of the ANCT Dataspace: who is this médiateur (conseiller numérique, employers, lieux)?
import { ServiceExterneIndisponible } from "./errors.ts";
import { endpoint, type FetchLike, fetchJson, isRecord } from "./fetch-json.ts";

export interface DataspaceAdresse {
  nom_voie: string;
  numero_voie: number | null;
  repetition: string | null;
  code_postal: string;
  code_insee: string;
  nom_commune: string;
}

export interface DataspaceContact {
  nom: string;
  prenom: string;
  courriels: { mail_gestionnaire?: string; mail_pro?: string };
  telephone?: string;
}

export interface DataspaceContrat {
  type: string;
  date_debut: string;
  date_fin: string | null;
  date_rupture: string | null;
}

export interface DataspaceStructureEmployeuse {
  nom: string;
  siret: string;
  ids?: Record<string, string | number | null>;
  contact: DataspaceContact | null;
  adresse: DataspaceAdresse;
  contrats: DataspaceContrat[];
}

export interface DataspaceLieuActivite {
  nom: string;
  siret: string;
  adresse: DataspaceAdresse;
  contact: DataspaceContact | null;
}

export interface DataspaceConseillerCoordonne {
  ids: Record<string, string | number | null>;
  nom: string;
  prenom: string;
  contact: { courriels: { mail_pro?: string }; telephone?: string };
}

export interface DataspaceMediateur {
  id: number;
  is_coordinateur: boolean;
  is_conseiller_numerique: boolean;
  pg_id: number | null;
  structures_employeuses: DataspaceStructureEmployeuse[];
  lieux_activite: DataspaceLieuActivite[];
  conseillers_numeriques_coordonnes: DataspaceConseillerCoordonne[];
}

export interface DataspaceClientOptions {
  /** API root, e.g. https://api.inclusion-numerique.anct.gouv.fr (the client adds /rpc/get_mediateur). */
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  fetch?: FetchLike;
}

export interface DataspaceClient {
  /** `null` when the Dataspace does not know this email. */
  getMediateur(email: string): Promise<DataspaceMediateur | null>;
}

const SERVICE = "Dataspace";
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function parseMediateur(body: unknown): DataspaceMediateur | null {
  // The RPC answers an array (one element or none); a bare object or null is accepted too.
  const value = Array.isArray(body) ? body[0] : body;
  if (value === undefined || value === null) return null;
  if (!isRecord(value) || typeof value.id !== "number") {
    throw new ServiceExterneIndisponible(SERVICE, "unexpected response shape");
  }
  return {
    id: value.id,
    is_coordinateur: value.is_coordinateur === true,
    is_conseiller_numerique: value.is_conseiller_numerique === true,
    pg_id: typeof value.pg_id === "number" ? value.pg_id : null,
    structures_employeuses: list(value.structures_employeuses),
    lieux_activite: list(value.lieux_activite),
    conseillers_numeriques_coordonnes: list(value.conseillers_numeriques_coordonnes),
  };
}

export function createDataspaceClient(options: DataspaceClientOptions): DataspaceClient {
  const timeoutMs = options.timeoutMs ?? 5000;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  return {
    async getMediateur(email) {
      const url = endpoint(options.baseUrl, "rpc/get_mediateur");
      url.searchParams.set("email", email.trim().toLowerCase());
      const body = await fetchJson({
        service: SERVICE,
        url,
        headers: { authorization: `Bearer ${options.apiKey}` },
        timeoutMs,
        fetch: fetchImpl,
        nullOn: [404],
      });
      return parseMediateur(body);
    },
  };
}
