import { thematiqueAdministrative, thematiqueNonAdministrative, typeActivite } from "@coop/domain";

// The shared filters of the lists (spec §3): CSV lists whose invalid values are dropped, dates that are
// ignored when malformed, paging and sorting with defaults. A filter never answers 400.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSEE = /^\d[\dAB]\d{3}$/;
const DEPARTEMENT = /^(\d{2}|2A|2B|97\d|98\d)$/;

export const TRIS = ["date", "duree", "creation"] as const;
export const LIGNES_MAX = 100;
export const LIGNES_PAR_DEFAUT = 20;

const liste = <T extends string>(
  value: string | undefined,
  valide: (item: string) => item is T,
  normaliser = (item: string) => item,
): T[] =>
  [
    ...new Set(
      (value ?? "")
        .split(",")
        .map((item) => normaliser(item.trim()))
        .filter(valide),
    ),
  ].slice(0, 200);

const uuid = (id: string): id is string => UUID.test(id);

const dateValide = (value: string | undefined) => {
  if (!value || !DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
};

const entier = (value: string | undefined, min: number, max: number, parDefaut: number) => {
  const nombre = Number(value);
  return value && Number.isInteger(nombre) && nombre >= min && nombre <= max ? nombre : parDefaut;
};

export const lireFiltres = (query: Record<string, string | undefined>) => {
  const tri = TRIS.find((value) => value === query.tri) ?? "date";
  return {
    du: dateValide(query.du),
    au: dateValide(query.au),
    types: liste(query.types, typeActivite.is),
    lieux: liste(query.lieux, uuid, (id) => id.toLowerCase()),
    communes: liste(
      query.communes,
      (code): code is string => INSEE.test(code),
      (code) => code.toUpperCase(),
    ),
    departements: liste(
      query.departements,
      (code): code is string => DEPARTEMENT.test(code),
      (code) => code.toUpperCase(),
    ),
    thematiqueNonAdministratives: liste(query.thematiqueNonAdministratives, thematiqueNonAdministrative.is),
    thematiqueAdministratives: liste(query.thematiqueAdministratives, thematiqueAdministrative.is),
    tags: liste(query.tags, uuid, (id) => id.toLowerCase()),
    beneficiaires: liste(query.beneficiaires, uuid, (id) => id.toLowerCase()),
    recherche: (query.recherche ?? "").trim().slice(0, 200),
    tri,
    ordre: query.ordre === "asc" ? ("asc" as const) : ("desc" as const),
    page: entier(query.page, 1, 100_000, 1),
    lignes: entier(query.lignes, 1, LIGNES_MAX, LIGNES_PAR_DEFAUT),
  };
};

export type Filtres = ReturnType<typeof lireFiltres>;
