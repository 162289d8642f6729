import type { Ordre, TriBeneficiaires } from "./beneficiaires-api.ts";

// "Mes bénéficiaires": search, sort and page live in the page address.

export const adresseMesBeneficiaires = "/coop/mes-beneficiaires";
export const beneficiairesParPage = 20;

export type FiltresBeneficiaires = { recherche: string; tri: TriBeneficiaires; ordre: Ordre; page: number };

const tris: readonly TriBeneficiaires[] = ["nom", "prenom", "anneeNaissance", "accompagnementsCount"];

export function lireFiltresBeneficiaires(search: string): FiltresBeneficiaires {
  const p = new URLSearchParams(search);
  const tri = tris.find((valeur) => valeur === p.get("tri")) ?? "nom";
  const page = Number.parseInt(p.get("page") ?? "1", 10);
  return {
    recherche: (p.get("recherche") ?? "").slice(0, 200),
    tri,
    ordre: p.get("ordre") === "desc" ? "desc" : "asc",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function adresseBeneficiaires(
  f: FiltresBeneficiaires,
  changes: Partial<FiltresBeneficiaires> = {},
): string {
  const tout = { ...f, ...changes };
  const p = new URLSearchParams();
  if (tout.recherche.trim()) p.set("recherche", tout.recherche.trim());
  if (tout.tri !== "nom") p.set("tri", tout.tri);
  if (tout.ordre !== "asc") p.set("ordre", tout.ordre);
  if (tout.page > 1) p.set("page", String(tout.page));
  const texte = p.toString();
  return `${adresseMesBeneficiaires}${texte ? `?${texte}` : ""}`;
}

export const adresseFiche = (id: string) => `${adresseMesBeneficiaires}/fiche?id=${encodeURIComponent(id)}`;
export const adresseModifier = (id: string) =>
  `${adresseMesBeneficiaires}/modifier?id=${encodeURIComponent(id)}`;
