// The import file (spec §4): sheet "Bénéficiaires", a header block in rows 1–3, one bénéficiaire per
// row from row 4 down to the first empty row, in these 10 columns.

export const NOM_FICHIER_MODELE = "coop-numerique_import-beneficiaires.xlsx";
export const FEUILLE = "Bénéficiaires";
export const LIGNE_ENTETES = 3;
export const PREMIERE_LIGNE = 4;
/** Bounds one import's transaction; a 1 MB file rarely holds more. */
export const LIGNES_MAX = 5000;
export const TYPE_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const COLONNES = [
  { champ: "nom", entete: "Nom*", largeur: 22 },
  { champ: "prenom", entete: "Prénom*", largeur: 22 },
  { champ: "anneeNaissance", entete: "Année de naissance", largeur: 20 },
  { champ: "commune", entete: "Commune", largeur: 24 },
  { champ: "codeInsee", entete: "Code INSEE", largeur: 14 },
  { champ: "codePostal", entete: "Code postal", largeur: 14 },
  { champ: "telephone", entete: "Numéro de téléphone", largeur: 22 },
  { champ: "email", entete: "E-mail", largeur: 30 },
  { champ: "genre", entete: "Genre", largeur: 10 },
  { champ: "notes", entete: "Notes supplémentaires", largeur: 40 },
] as const;

export type Champ = (typeof COLONNES)[number]["champ"];
/** One row of the file, as typed (trimmed text; "" for an empty cell). */
export type Valeurs = Record<Champ, string>;
