import { z } from "@coop/domain";
import { type AppEnv, mediateurConnecte, requireJson, requireMediateurInscrit, validate } from "@coop/http";
import { Hono } from "hono";
import { beneficiaireParId } from "../beneficiaires/lecture.ts";
import { trouverDoublons } from "./doublons.ts";
import { fusionnerBeneficiaires } from "./fusion.ts";

const fusionBody = z
  .object({
    sourceId: z.uuid("Identifiant de bénéficiaire invalide."),
    destinationId: z.uuid("Identifiant de bénéficiaire invalide."),
  })
  .refine(({ sourceId, destinationId }) => sourceId !== destinationId, {
    path: ["destinationId"],
    message: "Choisissez deux bénéficiaires différents.",
  });

/** Probable duplicates among the médiateur's bénéficiaires, and their merge. */
export const doublonsRoutes = () =>
  new Hono<AppEnv>()
    .get("/doublons", requireMediateurInscrit, async (c) => {
      const { mediateurId } = mediateurConnecte(c);
      return c.json({ paires: await trouverDoublons(c.var.db, mediateurId) });
    })
    .post("/fusion", requireMediateurInscrit, requireJson, validate("json", fusionBody), async (c) => {
      const auteur = mediateurConnecte(c);
      const fusion = c.req.valid("json");
      await fusionnerBeneficiaires(c.var.db, auteur, fusion);
      return c.json({
        beneficiaire: await beneficiaireParId(c.var.db, auteur.mediateurId, fusion.destinationId),
      });
    });
