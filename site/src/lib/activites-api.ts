import type { CraCollectifInput, CraIndividuelInput, ParticipantsAnonymes } from "@coop/domain";
import { apiFetch } from "./api.ts";
import type { Commune } from "./beneficiaires-api.ts";

// Every call to the activites function goes through this file: the islands never see its paths or its
// envelopes ({ activite }, { activites, total }…), so aligning on the server is done here.

export type TypeActivite = "individuel" | "collectif";
export type TypeLieu = "lieu_activite" | "domicile" | "a_distance" | "autre";

/** The bodies of `POST /activites/{individuel|collectif}` and `PUT /activites/:id` (shared/domain). */
export type CorpsIndividuel = CraIndividuelInput;
export type CorpsCollectif = CraCollectifInput;

export type Personne = { id: string; prenom: string | null; nom: string | null };
export type TagActivite = { id: string; nom: string };
export type Tag = TagActivite & { portee?: string; description?: string | null };

/** Where an activité took place: a name already, or the parts to name it with. */
export type LieuActivite =
  | string
  | { typeLieu?: string; nom?: string | null; commune?: string | null; codePostal?: string | null }
  | null;

type Commun = {
  id: string;
  date: string;
  duree: number;
  typeLieu: TypeLieu;
  structureId: string | null;
  structure?: { id: string; nom: string; commune?: string | null; codePostal?: string | null } | null;
  lieuCommune: Commune | null;
  lieu?: LieuActivite;
  thematiques: string[];
  precisionsDemarche: string | null;
  materiel: string[];
  tags: TagActivite[];
  notes: string | null;
  creation: string;
  modification: string;
};

export type ActiviteIndividuelle = Commun & {
  type: "individuel";
  beneficiaire: Personne | null;
  beneficiaireAnonyme: {
    dejaAccompagne: boolean;
    commune: Commune | null;
    genre: string | null;
    trancheAge: string | null;
    statutSocial: string | null;
  } | null;
  autonomie: string | null;
  orienteVersStructure: boolean | null;
  structureDeRedirection: string | null;
};

export type ActiviteCollective = Commun & {
  type: "collectif";
  participants: Personne[];
  participantsAnonymes: ParticipantsAnonymes;
  titreAtelier: string | null;
  niveau: string | null;
};

/** `GET /activites/:id`. */
export type Activite = ActiviteIndividuelle | ActiviteCollective;

/** One row of `GET /activites`. */
export type LigneActivite = {
  id: string;
  type: TypeActivite;
  date: string;
  duree: number;
  typeLieu: TypeLieu;
  lieu: LieuActivite;
  titreAtelier: string | null;
  beneficiaire: Personne | null;
  participantsCount: number;
  thematiques: string[];
  tags: TagActivite[];
  creation: string;
  modification: string;
};

export type PageActivites = { activites: LigneActivite[]; total: number; page: number; lignes: number };

/** The query of `GET /activites`: lists are comma-separated, empty ones left out. */
export type RequeteActivites = {
  du?: string;
  au?: string;
  types?: string[];
  lieux?: string[];
  thematiqueNonAdministratives?: string[];
  thematiqueAdministratives?: string[];
  tags?: string[];
  recherche?: string;
  tri?: "date" | "duree" | "creation";
  ordre?: "asc" | "desc";
  page?: number;
  lignes?: number;
};

const chemin = (id: string) => `/activites/${encodeURIComponent(id)}`;

export const creerActivite = async (
  type: TypeActivite,
  corps: CorpsIndividuel | CorpsCollectif,
): Promise<Activite> =>
  (await apiFetch<{ activite: Activite }>(`/activites/${type}`, { json: corps })).activite;

export const modifierActivite = async (
  id: string,
  corps: CorpsIndividuel | CorpsCollectif,
): Promise<Activite> =>
  (await apiFetch<{ activite: Activite }>(chemin(id), { method: "PUT", json: corps })).activite;

export const lireActivite = async (id: string): Promise<Activite> =>
  (await apiFetch<{ activite: Activite }>(chemin(id))).activite;

export const supprimerActivite = (id: string): Promise<unknown> => apiFetch(chemin(id), { method: "DELETE" });

/**
 * A row's bénéficiaire: the function sends its name already written ("Awa Diallo", or "Bénéficiaire
 * anonyme") with `beneficiaireId`; an object {id, prenom, nom} is read as well.
 */
const personneDeLaLigne = (brut: unknown, id: unknown): Personne | null => {
  if (brut && typeof brut === "object") return brut as Personne;
  if (typeof brut === "string" && typeof id === "string" && id) return { id, prenom: null, nom: brut };
  return null;
};

export const listerActivites = async (requete: RequeteActivites): Promise<PageActivites> => {
  const query = new URLSearchParams();
  for (const [cle, valeur] of Object.entries(requete)) {
    const texte = Array.isArray(valeur) ? valeur.join(",") : valeur === undefined ? "" : String(valeur);
    if (texte) query.set(cle, texte);
  }
  const texte = query.toString();
  const page = await apiFetch<PageActivites>(`/activites${texte ? `?${texte}` : ""}`);
  return {
    ...page,
    activites: page.activites.map((ligne) => ({
      ...ligne,
      beneficiaire: personneDeLaLigne(
        ligne.beneficiaire,
        (ligne as { beneficiaireId?: unknown }).beneficiaireId,
      ),
      participantsCount: ligne.participantsCount ?? 0,
    })),
  };
};

/** The médiateur's usual durations (minutes), offered next to the standard ones. */
export const lireDureesFrequentes = async (): Promise<number[]> =>
  (await apiFetch<{ durees: number[] }>("/activites/durees-frequentes")).durees;

/** A tag's reach (personnel, équipe, départemental, national): `portee`, or `scope` as first announced. */
const lireTag = (brut: Tag & { scope?: string }): Tag => ({ ...brut, portee: brut.portee ?? brut.scope });

/** The tags the médiateur may put on an activité. */
export const lireTags = async (): Promise<Tag[]> =>
  (await apiFetch<{ tags: (Tag & { scope?: string })[] }>("/activites/tags")).tags.map(lireTag);

export const creerTag = async (nom: string, description?: string): Promise<Tag> =>
  lireTag(
    (await apiFetch<{ tag: Tag }>("/activites/tags", { json: description ? { nom, description } : { nom } }))
      .tag,
  );
