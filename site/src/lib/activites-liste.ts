import {
  thematiqueAdministrative,
  thematiqueNonAdministrative,
  typeActivite,
  typeLieu,
} from "@coop/domain/enums";
import type { LieuActivite, LigneActivite, RequeteActivites, TypeActivite } from "./activites-api.ts";
import { nomBeneficiaire } from "./beneficiaires-api.ts";
import { formaterJour, pluriel } from "./format.ts";

// "Mes activités": the filters live in the page address (a reload or a shared link keeps them), and
// become the query of `GET /activites`.

export const lignesParPage = 20;
export const adresseMesActivites = "/coop/mes-activites";

export type TriActivites = "date" | "duree" | "creation";
export type Ordre = "asc" | "desc";

export type FiltresActivites = {
  du: string;
  au: string;
  type: TypeActivite | "";
  lieu: string;
  /** One thématique of either family. */
  thematique: string;
  tag: string;
  recherche: string;
  tri: TriActivites;
  ordre: Ordre;
  page: number;
};

const jour = (valeur: string | null) => (valeur && /^\d{4}-\d{2}-\d{2}$/.test(valeur) ? valeur : "");
const identifiant = (valeur: string | null) =>
  valeur && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(valeur) ? valeur : "";

export function lireFiltresActivites(search: string): FiltresActivites {
  const p = new URLSearchParams(search);
  const type = p.get("type") ?? "";
  const thematique = p.get("thematique") ?? "";
  const tri = p.get("tri") ?? "";
  const page = Number.parseInt(p.get("page") ?? "1", 10);
  return {
    du: jour(p.get("du")),
    au: jour(p.get("au")),
    type: typeActivite.is(type) ? type : "",
    lieu: identifiant(p.get("lieu")),
    thematique:
      thematiqueNonAdministrative.is(thematique) || thematiqueAdministrative.is(thematique) ? thematique : "",
    tag: identifiant(p.get("tag")),
    recherche: (p.get("recherche") ?? "").slice(0, 200),
    tri: tri === "duree" || tri === "creation" ? tri : "date",
    ordre: p.get("ordre") === "asc" ? "asc" : "desc",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Whether any filter (other than sorting and paging) is set. */
export const filtresActifs = (f: FiltresActivites): boolean =>
  Boolean(f.du || f.au || f.type || f.lieu || f.thematique || f.tag || f.recherche.trim());

/** The page's address with these filters (defaults left out). */
export function adresseActivites(f: FiltresActivites, changes: Partial<FiltresActivites> = {}): string {
  const tout = { ...f, ...changes };
  const p = new URLSearchParams();
  for (const cle of ["du", "au", "type", "lieu", "thematique", "tag"] as const)
    if (tout[cle]) p.set(cle, tout[cle]);
  if (tout.recherche.trim()) p.set("recherche", tout.recherche.trim());
  if (tout.tri !== "date") p.set("tri", tout.tri);
  if (tout.ordre !== "desc") p.set("ordre", tout.ordre);
  if (tout.page > 1) p.set("page", String(tout.page));
  const texte = p.toString();
  return `${adresseMesActivites}${texte ? `?${texte}` : ""}`;
}

/** The query of `GET /activites` for these filters. */
export function requeteActivites(f: FiltresActivites): RequeteActivites {
  const administrative = thematiqueAdministrative.is(f.thematique);
  return {
    du: f.du || undefined,
    au: f.au || undefined,
    types: f.type ? [f.type] : undefined,
    lieux: f.lieu ? [f.lieu] : undefined,
    thematiqueNonAdministratives: f.thematique && !administrative ? [f.thematique] : undefined,
    thematiqueAdministratives: administrative ? [f.thematique] : undefined,
    tags: f.tag ? [f.tag] : undefined,
    recherche: f.recherche.trim() || undefined,
    tri: f.tri,
    ordre: f.ordre,
    page: f.page,
    lignes: lignesParPage,
  };
}

/** Where it took place, in words: the lieu's name, the commune, or "À distance". */
export function libelleLieu(typeLieuActivite: string | undefined, lieu: LieuActivite | undefined): string {
  if (typeLieuActivite === "a_distance") return typeLieu.label("a_distance");
  if (typeof lieu === "string" && lieu) return lieu;
  if (lieu && typeof lieu === "object") {
    if (lieu.nom) return lieu.nom;
    if (lieu.commune) return lieu.codePostal ? `${lieu.commune} (${lieu.codePostal})` : lieu.commune;
    if (lieu.typeLieu === "a_distance") return typeLieu.label("a_distance");
  }
  return typeLieu.is(typeLieuActivite) ? typeLieu.label(typeLieuActivite) : "Non renseigné";
}

/** The "Activité" cell: who took part, or the atelier's title and its number of participants. */
export function quiActivite(
  ligne: Pick<LigneActivite, "type" | "beneficiaire" | "participantsCount" | "titreAtelier">,
): string {
  if (ligne.type === "individuel")
    return ligne.beneficiaire ? nomBeneficiaire(ligne.beneficiaire) : "Bénéficiaire anonyme";
  const participants = pluriel(ligne.participantsCount ?? 0, "participant");
  return ligne.titreAtelier ? `${ligne.titreAtelier} · ${participants}` : participants;
}

/** The CRA form of a type, with its query ("id=…", "dupliquer=…", "beneficiaire=…"). */
export const adresseCra = (type: TypeActivite, parametres = ""): string =>
  `/coop/mes-activites/cra/${type}${parametres ? `?${parametres}` : ""}`;

/** "l'accompagnement de Awa Diallo du 3 juillet 2026", "l'atelier « Smartphone » du …": for buttons and dialogs. */
export function designationActivite(
  ligne: Pick<LigneActivite, "type" | "beneficiaire" | "participantsCount" | "titreAtelier" | "date">,
): string {
  const jour = formaterJour(ligne.date);
  if (ligne.type === "individuel")
    return ligne.beneficiaire
      ? `l'accompagnement de ${nomBeneficiaire(ligne.beneficiaire)} du ${jour}`
      : `l'accompagnement anonyme du ${jour}`;
  return ligne.titreAtelier
    ? `l'atelier « ${ligne.titreAtelier} » du ${jour}`
    : `l'atelier de ${pluriel(ligne.participantsCount ?? 0, "participant")} du ${jour}`;
}
