import { normaliserNom } from "./normalisation.ts";

/** One commune of France as the package describes it (only the fields we read). */
type CommuneBrute = {
  code: string;
  nom: string;
  type: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
  /** For an arrondissement municipal: its commune's INSEE code. */
  commune?: string;
};

/** A commune of France, or a municipal arrondissement of Paris, Lyon or Marseille. */
export type CommuneReferentiel = {
  nom: string;
  codeInsee: string;
  departement: string;
  codesPostaux: string[];
  population: number;
  /** For an arrondissement of Paris, Lyon or Marseille: the INSEE code of the commune (75056…). */
  arrondissementDe: string | null;
};

/** One suggestion: a commune with one of its postal codes. */
export type Commune = { nom: string; codePostal: string; codeInsee: string; departement: string };

type Index = {
  communes: Array<CommuneReferentiel & { nomNormalise: string }>;
  parInsee: Map<string, CommuneReferentiel>;
  parCodePostal: Map<string, CommuneReferentiel[]>;
};

// Current communes and the arrondissements of Paris/Lyon/Marseille; communes déléguées and
// associées have no postal code of their own and are not places a person says they live in.
const TYPES_RETENUS = new Set(["commune-actuelle", "arrondissement-municipal"]);

let chargement: Promise<Index> | undefined;

/**
 * The communes, read once per process at first use: the 8 MB file stays out of the cold start
 * (a dynamic import, which the function bundler puts in a chunk of its own).
 */
const index = (): Promise<Index> => {
  chargement ??= import("./donnees.js").then(({ default: brutes }) => construireIndex(brutes));
  return chargement;
};

const construireIndex = (brutes: readonly CommuneBrute[]): Index => {
  const communes: Index["communes"] = [];
  const parInsee = new Map<string, CommuneReferentiel>();
  const parCodePostal = new Map<string, CommuneReferentiel[]>();
  for (const brute of brutes) {
    if (!TYPES_RETENUS.has(brute.type)) continue;
    const commune = {
      nom: brute.nom,
      codeInsee: brute.code,
      departement: brute.departement,
      codesPostaux: [...(brute.codesPostaux ?? [])].sort(),
      population: brute.population ?? 0,
      arrondissementDe: brute.commune ?? null,
    };
    communes.push({ ...commune, nomNormalise: normaliserNom(brute.nom) });
    parInsee.set(commune.codeInsee, commune);
    for (const codePostal of commune.codesPostaux) {
      const liste = parCodePostal.get(codePostal) ?? [];
      liste.push(commune);
      parCodePostal.set(codePostal, liste);
    }
  }
  return { communes, parInsee, parCodePostal };
};

const lignes = (commune: CommuneReferentiel, codesPostaux = commune.codesPostaux): Commune[] =>
  codesPostaux.map((codePostal) => ({
    nom: commune.nom,
    codePostal,
    codeInsee: commune.codeInsee,
    departement: commune.departement,
  }));

/** How well a normalised name answers the normalised words typed: lower is better, null = no match. */
const rang = (nomNormalise: string, texte: string): number | null => {
  if (nomNormalise === texte) return 0;
  if (nomNormalise.startsWith(texte)) return 1;
  if (nomNormalise.includes(` ${texte}`)) return 2;
  if (nomNormalise.includes(texte)) return 3;
  return null;
};

/**
 * Communes whose name contains what is typed (case and accents ignored; exact, then starting with,
 * then containing; larger communes first), or whose postal code starts with the digits typed.
 * "Lyon 6900" combines both. One row per (commune, postal code).
 */
export const rechercherCommunes = async (q: string, limite = 10): Promise<Commune[]> => {
  const mots = q.trim().split(/\s+/).filter(Boolean);
  const chiffres = mots.filter((mot) => /^\d{1,5}$/.test(mot)).join("");
  const texte = normaliserNom(mots.filter((mot) => !/^\d{1,5}$/.test(mot)).join(" "));
  if (!texte && !chiffres) return [];
  if (limite <= 0) return [];

  const { communes } = await index();
  const trouvees: Array<{ commune: CommuneReferentiel; rang: number; codesPostaux: string[] }> = [];
  for (const commune of communes) {
    const rangNom = texte ? rang(commune.nomNormalise, texte) : 0;
    if (rangNom === null) continue;
    const codesPostaux = chiffres
      ? commune.codesPostaux.filter((codePostal) => codePostal.startsWith(chiffres))
      : commune.codesPostaux;
    if (codesPostaux.length === 0) continue;
    trouvees.push({ commune, rang: rangNom, codesPostaux });
  }
  trouvees.sort(
    (a, b) =>
      a.rang - b.rang ||
      (texte ? b.commune.population - a.commune.population : 0) ||
      (a.codesPostaux[0] ?? "").localeCompare(b.codesPostaux[0] ?? "") ||
      a.commune.nom.localeCompare(b.commune.nom, "fr"),
  );
  return trouvees.flatMap(({ commune, codesPostaux }) => lignes(commune, codesPostaux)).slice(0, limite);
};

/** The commune of an INSEE code ("2A004", "75111"), or null. */
export const communeParInsee = async (code: string): Promise<CommuneReferentiel | null> =>
  (await index()).parInsee.get(code.trim().toUpperCase()) ?? null;

/** The communes served by a postal code, one row each. */
export const communesParCodePostal = async (codePostal: string): Promise<Commune[]> =>
  ((await index()).parCodePostal.get(codePostal.trim()) ?? []).flatMap((commune) =>
    lignes(commune, [codePostal.trim()]),
  );

/** Communes bearing this name (case, accents, hyphens ignored), for a name typed without INSEE code. */
export const communesParNom = async (nom: string): Promise<CommuneReferentiel[]> => {
  const cherche = normaliserNom(nom);
  if (!cherche) return [];
  return (await index()).communes.filter((commune) => commune.nomNormalise === cherche);
};
