// The fields of the CRA forms where an error can be shown: their labels (for the error summary), the
// ids of their inputs, and how the server's body paths map to them.

/** Every place an error may be shown: one per field, and one per counters group. */
export const libellesCra = {
  date: "Date",
  duree: "Durée",
  typeLieu: "Lieu de l'activité",
  structureId: "Lieu d'activité",
  lieuCommune: "Commune",
  thematiques: "Thématiques",
  precisionsDemarche: "Nom de la démarche",
  materiel: "Matériel utilisé",
  tags: "Tags",
  notes: "Notes",
  beneficiaire: "Bénéficiaire",
  anonymeCommune: "Commune de résidence du bénéficiaire",
  anonymeGenre: "Genre",
  anonymeTrancheAge: "Tranche d'âge",
  anonymeStatutSocial: "Statut",
  autonomie: "Autonomie du bénéficiaire",
  orienteVersStructure: "Orientation",
  structureDeRedirection: "Structure de redirection",
  titreAtelier: "Titre de l'atelier",
  niveau: "Niveau de l'atelier",
  participants: "Participants",
  anonymesTotal: "Participants anonymes",
  anonymesDejaAccompagne: "Participants déjà accompagnés",
  anonymesGenres: "Genre des participants anonymes",
  anonymesTranches: "Tranche d'âge des participants anonymes",
  anonymesStatuts: "Statut des participants anonymes",
} as const;

export type ChampCra = keyof typeof libellesCra;
export type ErreursCra = Partial<Record<ChampCra, string>>;

/** The id of each field's input (or fieldset): the error summary links there. */
export const idCra = (champ: ChampCra): string => `cra-${champ}`;
export const idsCra = Object.fromEntries(
  (Object.keys(libellesCra) as ChampCra[]).map((champ) => [champ, idCra(champ)]),
) as Record<ChampCra, string>;

const directs: Partial<Record<string, ChampCra>> = {
  date: "date",
  duree: "duree",
  typeLieu: "typeLieu",
  structureId: "structureId",
  lieuCommune: "lieuCommune",
  thematiques: "thematiques",
  precisionsDemarche: "precisionsDemarche",
  materiel: "materiel",
  tags: "tags",
  notes: "notes",
  beneficiaireId: "beneficiaire",
  beneficiaire: "beneficiaire",
  autonomie: "autonomie",
  orienteVersStructure: "orienteVersStructure",
  structureDeRedirection: "structureDeRedirection",
  titreAtelier: "titreAtelier",
  niveau: "niveau",
  participants: "participants",
};

const anonymeIndividuel: Partial<Record<string, ChampCra>> = {
  commune: "anonymeCommune",
  genre: "anonymeGenre",
  trancheAge: "anonymeTrancheAge",
  statutSocial: "anonymeStatutSocial",
};

const anonymesCollectif: Partial<Record<string, ChampCra>> = {
  total: "anonymesTotal",
  dejaAccompagne: "anonymesDejaAccompagne",
  genres: "anonymesGenres",
  tranches: "anonymesTranches",
  statuts: "anonymesStatuts",
};

/**
 * The form field a body path points at ("participantsAnonymes.genres.masculin" → the genres group,
 * "lieuCommune.codeInsee" → the commune); undefined for what no field shows.
 */
export function champDeChemin(chemin: string): ChampCra | undefined {
  const [racine = "", suite = ""] = chemin.split(/[.[\]]+/).filter(Boolean);
  if (racine === "participantsAnonymes") return anonymesCollectif[suite] ?? "anonymesTotal";
  if (racine === "beneficiaireAnonyme") return anonymeIndividuel[suite] ?? "beneficiaire";
  return directs[racine];
}
