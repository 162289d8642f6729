import { z } from "@coop/domain";
import { type AppEnv, requireMediateurInscrit, validate } from "@coop/http";
import { rechercherCommunes } from "@coop/referentiel";
import { Hono } from "hono";

const communesQuery = z.object({
  q: z.string().max(100, "La recherche ne doit pas dépasser 100 caractères.").default(""),
});

/** Communes of France for the commune pickers (bénéficiaire form, CRA): name or postal code. */
export const communesRoutes = () =>
  new Hono<AppEnv>().get("/", requireMediateurInscrit, validate("query", communesQuery), async (c) => {
    return c.json({ communes: await rechercherCommunes(c.req.valid("query").q, 10) });
  });
