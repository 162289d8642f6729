import { ApiError, apiFetch } from "./api.ts";
import type { Entreprise, Structure } from "./inscription.ts";

// The structures function's answers come in envelopes ({ structureEmployeuse }, { lieux }…):
// every island reads them through these functions only.

export const lireStructureEmployeuse = async (): Promise<Structure | null> =>
  (await apiFetch<{ structureEmployeuse: Structure | null }>("/structures/inscription/structure-employeuse"))
    .structureEmployeuse;

export const lireLieuxActivite = async (): Promise<Structure[]> =>
  (await apiFetch<{ lieux: Structure[] }>("/structures/inscription/lieux-activite")).lieux;

/** The signed-in médiateur's current lieux d'activité (where a CRA may take place). */
export const lireMesLieux = async (): Promise<Structure[]> =>
  (await apiFetch<{ lieux: Structure[] }>("/structures/mes-lieux")).lieux;

export const enregistrerStructureEmployeuse = (siret: string) =>
  apiFetch("/structures/inscription/structure-employeuse", { method: "PUT", json: { siret } });

export const enregistrerLieuxActivite = (structureIds: string[]) =>
  apiFetch("/structures/inscription/lieux-activite", { method: "PUT", json: { structureIds } });

export const rechercherStructures = async (q: string, signal?: AbortSignal): Promise<Structure[]> =>
  (
    await apiFetch<{ structures: Structure[] }>(`/structures/recherche?q=${encodeURIComponent(q)}`, {
      signal,
    })
  ).structures;

/** The établissement with this SIRET; a 404 ApiError when Recherche d'entreprises knows none. */
export const entrepriseParSiret = async (siret: string): Promise<Entreprise> => {
  const { entreprises } = await apiFetch<{ entreprises: Entreprise[] }>(
    `/structures/entreprises?siret=${encodeURIComponent(siret)}`,
  );
  const [entreprise] = entreprises;
  if (!entreprise) {
    throw new ApiError(
      404,
      "not_found",
      "Aucun établissement ne correspond à ce SIRET. Vérifiez le numéro saisi.",
    );
  }
  return entreprise;
};

export const creerStructure = async (corps: Record<string, unknown>): Promise<Structure> =>
  (await apiFetch<{ structure: Structure }>("/structures", { json: corps })).structure;
