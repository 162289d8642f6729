import type { BeneficiaireFormulaire } from "@coop/domain";
import { thematique } from "@coop/domain/enums";
import { ApiError, apiFetch } from "./api.ts";

// Every call to the beneficiaires function goes through this file: the islands never see its paths or
// its envelopes ({ beneficiaire }, { beneficiaires, total }…), so aligning on the server is done here.

/** A commune as `GET /beneficiaires/communes` suggests it. */
export type Commune = { nom: string; codePostal: string; codeInsee: string; departement?: string };

/** A bénéficiaire in lists, the CRA combobox and duplicate pairs. */
export type BeneficiaireResume = {
  id: string;
  prenom: string | null;
  nom: string | null;
  anneeNaissance: number | null;
  commune: string | null;
  communeCodePostal: string | null;
  telephone: string | null;
  email: string | null;
  accompagnementsCount: number;
  creation: string;
};

export type ThematiqueSuivie = { value: string; label: string; count: number };

/** A bénéficiaire's page: every field of the form, the thématiques summary, the duplicate alert. */
export type Beneficiaire = BeneficiaireResume & {
  pasDeTelephone: boolean;
  adresse: string | null;
  communeCodeInsee: string | null;
  genre: string | null;
  trancheAge: string | null;
  statutSocial: string | null;
  notes: string | null;
  import: string | null;
  modification: string | null;
  thematiques: ThematiqueSuivie[];
  doublonPotentiel: boolean;
};

/** The body of `POST /beneficiaires` and `PUT /beneficiaires/:id` (shared/domain's form schema). */
export type CorpsBeneficiaire = BeneficiaireFormulaire;

export type TriBeneficiaires = "nom" | "prenom" | "anneeNaissance" | "accompagnementsCount";
export type Ordre = "asc" | "desc";

export type PageBeneficiaires = {
  beneficiaires: BeneficiaireResume[];
  total: number;
  page: number;
  lignes: number;
};

/** One line of a bénéficiaire's "Accompagnements" tab. */
export type Accompagnement = {
  activiteId: string;
  date: string;
  type: "individuel" | "collectif";
  duree: number;
  thematiques: string[];
  titreAtelier: string | null;
  lieu: LieuAccompagnement;
};

/** Where it took place: a name already, or the parts to name it with. */
export type LieuAccompagnement =
  | string
  | { typeLieu?: string; nom?: string | null; commune?: string | null; codePostal?: string | null }
  | null;

export type Critere = "nom" | "prenom" | "telephone" | "email";

export type PersonneDoublon = {
  id: string;
  prenom: string | null;
  nom: string | null;
  telephone: string | null;
  email: string | null;
  anneeNaissance: number | null;
};

export type PaireDoublons = { a: PersonneDoublon; b: PersonneDoublon; criteres: Critere[] };

/** One row of an import file, as the analysis reads it: its values and what is wrong with them. */
export type LigneImport = {
  numero: number;
  valeurs: Record<string, string | number | null>;
  erreurs: Record<string, string>;
};

export type RapportImport = { lignes: LigneImport[]; valides: number; invalides: number };

const chemin = (id: string) => `/beneficiaires/${encodeURIComponent(id)}`;

/** The server may send the commune flat (commune, communeCodePostal, communeCodeInsee) or as an object. */
export function communeDe(beneficiaire: {
  commune?: unknown;
  communeCodePostal?: string | null;
  communeCodeInsee?: string | null;
}): Commune | null {
  const { commune } = beneficiaire;
  if (commune && typeof commune === "object") {
    const { nom, codePostal, codeInsee } = commune as Partial<Commune>;
    return nom && codePostal && codeInsee ? { nom, codePostal, codeInsee } : null;
  }
  if (typeof commune === "string" && commune && beneficiaire.communeCodePostal)
    return {
      nom: commune,
      codePostal: beneficiaire.communeCodePostal,
      codeInsee: beneficiaire.communeCodeInsee ?? "",
    };
  return null;
}

/** "Awa Diallo"; "Bénéficiaire" when an old record has neither. */
export const nomBeneficiaire = (b: { prenom?: string | null; nom?: string | null }): string =>
  [b.prenom, b.nom].filter(Boolean).join(" ").trim() || "Bénéficiaire";

const lireThematiques = (brutes: unknown): ThematiqueSuivie[] =>
  Array.isArray(brutes)
    ? brutes.map((brute: { value?: string; thematique?: string; label?: string; count?: number }) => {
        const value = brute.value ?? brute.thematique ?? "";
        return {
          value,
          label: brute.label ?? (thematique.is(value) ? thematique.label(value) : value),
          count: Number(brute.count ?? 0),
        };
      })
    : [];

const lireBeneficiaireComplet = (brut: Record<string, unknown>): Beneficiaire => ({
  ...(brut as Beneficiaire),
  thematiques: lireThematiques(brut.thematiques),
  doublonPotentiel: Boolean(brut.doublonPotentiel),
});

export const rechercherCommunes = async (q: string, signal?: AbortSignal): Promise<Commune[]> =>
  (
    await apiFetch<{ communes: Commune[] }>(`/beneficiaires/communes?q=${encodeURIComponent(q)}`, {
      signal,
    })
  ).communes;

export const creerBeneficiaire = async (corps: CorpsBeneficiaire): Promise<Beneficiaire> =>
  lireBeneficiaireComplet(
    (await apiFetch<{ beneficiaire: Record<string, unknown> }>("/beneficiaires", { json: corps }))
      .beneficiaire,
  );

export const modifierBeneficiaire = async (id: string, corps: CorpsBeneficiaire): Promise<Beneficiaire> =>
  lireBeneficiaireComplet(
    (await apiFetch<{ beneficiaire: Record<string, unknown> }>(chemin(id), { method: "PUT", json: corps }))
      .beneficiaire,
  );

export const listerBeneficiaires = (parametres: {
  recherche?: string;
  tri?: TriBeneficiaires;
  ordre?: Ordre;
  page?: number;
  lignes?: number;
}): Promise<PageBeneficiaires> => {
  const query = new URLSearchParams();
  for (const [cle, valeur] of Object.entries(parametres))
    if (valeur !== undefined && valeur !== "") query.set(cle, String(valeur));
  const texte = query.toString();
  return apiFetch<PageBeneficiaires>(`/beneficiaires${texte ? `?${texte}` : ""}`);
};

/** The CRA combobox: at most 10 matches, without those already chosen. */
export const rechercherBeneficiaires = async (
  q: string,
  exclure: readonly string[],
  signal?: AbortSignal,
): Promise<BeneficiaireResume[]> => {
  const query = new URLSearchParams({ q });
  if (exclure.length > 0) query.set("exclure", exclure.join(","));
  return (
    await apiFetch<{ beneficiaires: BeneficiaireResume[] }>(`/beneficiaires/recherche?${query}`, { signal })
  ).beneficiaires;
};

export const lireBeneficiaire = async (id: string): Promise<Beneficiaire> =>
  lireBeneficiaireComplet(
    (await apiFetch<{ beneficiaire: Record<string, unknown> }>(chemin(id))).beneficiaire,
  );

export const lireAccompagnements = (
  id: string,
  page = 1,
): Promise<{ accompagnements: Accompagnement[]; total: number }> =>
  apiFetch(`${chemin(id)}/accompagnements${page > 1 ? `?page=${page}` : ""}`);

/** Deletes (anonymises) one bénéficiaire: its activités and statistics stay. */
export const supprimerBeneficiaire = (id: string): Promise<unknown> =>
  apiFetch(chemin(id), { method: "DELETE" });

export const supprimerBeneficiaires = (ids: readonly string[]): Promise<unknown> =>
  apiFetch("/beneficiaires/suppression", { json: { ids } });

export const lireDoublons = async (): Promise<PaireDoublons[]> =>
  (await apiFetch<{ paires: PaireDoublons[] }>("/beneficiaires/doublons")).paires;

/** Merges `sourceId` into `destinationId`, which is kept; returns the merged bénéficiaire. */
export const fusionnerBeneficiaires = async (sourceId: string, destinationId: string): Promise<unknown> =>
  (await apiFetch<{ beneficiaire: unknown }>("/beneficiaires/fusion", { json: { sourceId, destinationId } }))
    .beneficiaire;

/** The import template, an xlsx file to download. */
export const adresseModeleImport = "/beneficiaires/import/modele";

const fichierSeul = (fichier: File) => {
  const formulaire = new FormData();
  formulaire.append("file", fichier);
  return formulaire;
};

const estRapport = (valeur: unknown): valeur is RapportImport =>
  typeof valeur === "object" && valeur !== null && Array.isArray((valeur as RapportImport).lignes);

/** The report inside a refused import's answer, wherever the server put it. */
const rapportDans = (corps: unknown): RapportImport | null => {
  if (estRapport(corps)) return corps;
  if (typeof corps !== "object" || corps === null) return null;
  for (const valeur of Object.values(corps as Record<string, unknown>)) {
    if (estRapport(valeur)) return valeur;
    if (typeof valeur === "object" && valeur !== null)
      for (const profonde of Object.values(valeur as Record<string, unknown>))
        if (estRapport(profonde)) return profonde;
  }
  return null;
};

/** Reads the file and reports each row; nothing is written. */
export const analyserImport = (fichier: File): Promise<RapportImport> =>
  apiFetch<RapportImport>("/beneficiaires/import/analyse", { formulaire: fichierSeul(fichier) });

/** A refused import (400): nothing was written, and the report says why. */
export class ImportRefuse extends Error {
  readonly rapport: RapportImport;
  constructor(message: string, rapport: RapportImport) {
    super(message);
    this.name = "ImportRefuse";
    this.rapport = rapport;
  }
}

/** Creates the file's bénéficiaires, all or none: a refusal throws ImportRefuse with the report. */
export const importerBeneficiaires = async (fichier: File): Promise<{ crees: number }> => {
  try {
    return await apiFetch<{ crees: number }>("/beneficiaires/import", { formulaire: fichierSeul(fichier) });
  } catch (error) {
    const rapport = error instanceof ApiError && error.status === 400 ? rapportDans(error.corps) : null;
    if (rapport && error instanceof ApiError) throw new ImportRefuse(error.message, rapport);
    throw error;
  }
};
