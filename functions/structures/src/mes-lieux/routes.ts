import { z } from "@coop/domain";
import { type AppEnv, mediateurConnecte, requireMediateur, validate } from "@coop/http";
import { Hono } from "hono";
import { lieuxActifs } from "../commun/lieux-actifs.ts";
import { retirerLieuActivite } from "./retrait.ts";

const structureParam = z.object({ structureId: z.uuid("Identifiant de lieu invalide.") });

/** The signed-in médiateur's lieux d'activité. */
export const mesLieuxRoutes = () =>
  new Hono<AppEnv>()
    .use(requireMediateur)
    .get("/", async (c) => {
      const { mediateurId } = mediateurConnecte(c);
      return c.json({ lieux: await lieuxActifs(c.var.db, mediateurId) });
    })
    .delete("/:structureId", validate("param", structureParam), async (c) => {
      const { userId, mediateurId } = mediateurConnecte(c);
      await retirerLieuActivite(c.var.db, {
        userId,
        mediateurId,
        structureId: c.req.valid("param").structureId,
      });
      return c.body(null, 204);
    });
