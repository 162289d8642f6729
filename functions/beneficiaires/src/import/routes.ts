import { ApiError, type AppEnv, errorBody, mediateurConnecte, requireMediateurInscrit } from "@coop/http";
import { type Context, Hono } from "hono";
import { analyserLignes } from "./analyse.ts";
import { lireClasseur, modeleImport } from "./classeur.ts";
import { NOM_FICHIER_MODELE, TYPE_XLSX } from "./colonnes.ts";
import { importerBeneficiaires } from "./creation.ts";

const MESSAGE_FORMAT = "Le fichier doit être un classeur Excel (.xlsx) : utilisez le modèle d'import.";

/** The uploaded file (multipart field `file`), refused unless it is an .xlsx workbook. */
const fichierXlsx = async (c: Context<AppEnv>): Promise<ArrayBuffer> => {
  if (!/^multipart\/form-data/i.test(c.req.header("content-type") ?? "")) {
    throw new ApiError("unsupported_media_type", {
      message: "Envoyez le fichier en multipart/form-data, dans le champ « file ».",
    });
  }
  const corps = await c.req.parseBody().catch(() => {
    throw new ApiError("bad_request", { message: "Le contenu envoyé n'a pas pu être lu." });
  });
  const fichier = corps.file;
  if (!(fichier instanceof File)) {
    throw new ApiError("validation_error", { fields: { file: "Choisissez le fichier à importer." } });
  }
  const contenu = await fichier.arrayBuffer();
  const octets = new Uint8Array(contenu, 0, Math.min(4, contenu.byteLength));
  // An .xlsx is a ZIP archive: "PK\x03\x04".
  const zip =
    octets.length === 4 && octets[0] === 0x50 && octets[1] === 0x4b && octets[2] === 3 && octets[3] === 4;
  const nomOuType = /\.xlsx$/i.test(fichier.name) || fichier.type === TYPE_XLSX;
  if (!zip || !nomOuType) throw new ApiError("unsupported_media_type", { message: MESSAGE_FORMAT });
  return contenu;
};

/** Importing bénéficiaires from the XLSX template: template, analysis, import. */
export const importRoutes = () =>
  new Hono<AppEnv>()
    .get("/modele", requireMediateurInscrit, async (c) => {
      c.header("content-type", TYPE_XLSX);
      c.header("content-disposition", `attachment; filename="${NOM_FICHIER_MODELE}"`);
      return c.body(new Uint8Array(await modeleImport()));
    })
    .post("/analyse", requireMediateurInscrit, async (c) => {
      const { rapport } = await analyserLignes(await lireClasseur(await fichierXlsx(c)));
      return c.json(rapport);
    })
    .post("/", requireMediateurInscrit, async (c) => {
      const auteur = mediateurConnecte(c);
      const { rapport, colonnes } = await analyserLignes(await lireClasseur(await fichierXlsx(c)));
      if (rapport.lignes.length === 0) {
        throw new ApiError("bad_request", {
          message: "Ce fichier ne contient aucun bénéficiaire à partir de la ligne 4.",
        });
      }
      if (rapport.invalides > 0) {
        const message = `${rapport.invalides} ligne(s) à corriger : rien n'a été importé.`;
        return c.json({ ...errorBody("validation_error", message), ...rapport }, 400);
      }
      return c.json({ crees: await importerBeneficiaires(c.var.db, auteur, colonnes) }, 201);
    });
