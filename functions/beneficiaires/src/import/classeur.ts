import { ApiError } from "@coop/http";
import type { Cell, Workbook } from "exceljs";
import {
  COLONNES,
  FEUILLE,
  LIGNE_ENTETES,
  LIGNES_MAX,
  NOM_FICHIER_MODELE,
  PREMIERE_LIGNE,
  type Valeurs,
} from "./colonnes.ts";

// exceljs is large: loaded at the first import or template request, never at cold start.
const exceljs = async () => (await import("exceljs")).default;

let modele: Promise<Uint8Array> | undefined;

/** The template to fill, built once per process. */
export const modeleImport = (): Promise<Uint8Array> => {
  modele ??= construireModele();
  return modele;
};

const construireModele = async () => {
  const ExcelJS = await exceljs();
  const classeur = new ExcelJS.Workbook();
  classeur.creator = "La Coop de la médiation numérique";
  classeur.title = NOM_FICHIER_MODELE;
  const feuille = classeur.addWorksheet(FEUILLE, {
    views: [{ state: "frozen", ySplit: LIGNE_ENTETES }],
  });
  feuille.columns = COLONNES.map(({ largeur }) => ({ width: largeur }));
  // Codes and phone numbers as text, so that Excel keeps their leading zeros.
  for (const index of [5, 6, 7]) feuille.getColumn(index).numFmt = "@";

  feuille.mergeCells(1, 1, 1, COLONNES.length);
  feuille.getCell(1, 1).value = "Import de bénéficiaires — La Coop de la médiation numérique";
  feuille.getCell(1, 1).font = { bold: true, size: 14 };
  feuille.mergeCells(2, 1, 2, COLONNES.length);
  feuille.getCell(2, 1).value =
    "Une ligne par bénéficiaire à partir de la ligne 4. * : obligatoire. Année de naissance : 4 chiffres. " +
    "Commune : nom, code INSEE et/ou code postal de la commune de résidence. " +
    "Genre : F (féminin), M (masculin), N (non communiqué) ou vide. " +
    "N'indiquez pas de données sensibles (santé, opinions, situation judiciaire…) dans les notes.";
  feuille.getCell(2, 1).alignment = { wrapText: true, vertical: "top" };
  feuille.getRow(2).height = 48;
  const entetes = feuille.getRow(LIGNE_ENTETES);
  entetes.values = COLONNES.map(({ entete }) => entete);
  entetes.font = { bold: true };
  entetes.eachCell((cellule) => {
    cellule.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE3E3FD" } };
  });
  return new Uint8Array(await classeur.xlsx.writeBuffer());
};

/** A cell as typed: rich text, links and formulas as their text; dates as YYYY-MM-DD. */
const texte = (cellule: Cell): string => {
  const valeur = cellule.value;
  if (valeur === null || valeur === undefined) return "";
  if (typeof valeur === "number") return String(valeur);
  if (valeur instanceof Date) return valeur.toISOString().slice(0, 10);
  return cellule.text.trim();
};

export const illisible = () =>
  new ApiError("bad_request", {
    message: "Ce fichier n'a pas pu être lu : utilisez le modèle d'import au format Excel (.xlsx).",
  });

/** The rows of the "Bénéficiaires" sheet from row 4 to the first empty row, with their row number. */
export const lireClasseur = async (
  contenu: ArrayBuffer,
): Promise<Array<{ numero: number; valeurs: Valeurs }>> => {
  const ExcelJS = await exceljs();
  let classeur: Workbook;
  try {
    classeur = await new ExcelJS.Workbook().xlsx.load(contenu);
  } catch {
    throw illisible();
  }
  const feuille = classeur.getWorksheet(FEUILLE);
  if (!feuille) {
    throw new ApiError("bad_request", {
      message: `La feuille « ${FEUILLE} » est introuvable dans ce fichier : utilisez le modèle d'import.`,
    });
  }
  const lignes: Array<{ numero: number; valeurs: Valeurs }> = [];
  for (let numero = PREMIERE_LIGNE; ; numero += 1) {
    const ligne = feuille.getRow(numero);
    const valeurs = Object.fromEntries(
      COLONNES.map(({ champ }, index) => [champ, texte(ligne.getCell(index + 1))]),
    ) as Valeurs;
    if (Object.values(valeurs).every((valeur) => valeur === "")) break;
    if (lignes.length === LIGNES_MAX) {
      throw new ApiError("bad_request", {
        message: `Un import ne peut pas dépasser ${LIGNES_MAX} bénéficiaires : découpez le fichier.`,
      });
    }
    lignes.push({ numero, valeurs });
  }
  return lignes;
};
