import { craCollectifSchema, craIndividuelSchema, z } from "@coop/domain";
import { type AppEnv, mediateurConnecte, requireJson, requireMediateurInscrit, validate } from "@coop/http";
import { Hono } from "hono";
import { estUuid } from "../commun/acces.ts";
import { dureesFrequentes } from "./durees.ts";
import { activiteIntrouvable, creerActivite, modifierActivite, supprimerActivite } from "./enregistrement.ts";
import { lireFiltres } from "./filtres.ts";
import { lireActivite } from "./lecture.ts";
import { listerActivites } from "./liste.ts";

const idActivite = (id: string) => {
  if (!estUuid(id)) throw activiteIntrouvable();
  return id.toLowerCase();
};

/** The médiateur's activités (CRA): record, read, edit, delete, list. Every query is scoped to them. */
export const activitesRoutes = () =>
  new Hono<AppEnv>()
    .use(requireMediateurInscrit)
    .get("/", async (c) => {
      const { mediateurId } = mediateurConnecte(c);
      return c.json(await listerActivites(c.var.db, mediateurId, lireFiltres(c.req.query())));
    })
    .get("/durees-frequentes", async (c) =>
      c.json({ durees: await dureesFrequentes(c.var.db, mediateurConnecte(c).mediateurId) }),
    )
    .post("/individuel", requireJson, validate("json", craIndividuelSchema), async (c) => {
      const demandeur = mediateurConnecte(c);
      const id = await creerActivite(c.var.db, demandeur, { type: "individuel", cra: c.req.valid("json") });
      return c.json({ activite: await lireActivite(c.var.db, demandeur.mediateurId, id) }, 201);
    })
    .post("/collectif", requireJson, validate("json", craCollectifSchema), async (c) => {
      const demandeur = mediateurConnecte(c);
      const id = await creerActivite(c.var.db, demandeur, { type: "collectif", cra: c.req.valid("json") });
      return c.json({ activite: await lireActivite(c.var.db, demandeur.mediateurId, id) }, 201);
    })
    .get("/:id", async (c) => {
      const { mediateurId } = mediateurConnecte(c);
      return c.json({ activite: await lireActivite(c.var.db, mediateurId, idActivite(c.req.param("id"))) });
    })
    // The body's schema is the activité's own type's: known only once the activité is found (404 first).
    .put("/:id", requireJson, validate("json", z.unknown()), async (c) => {
      const demandeur = mediateurConnecte(c);
      const id = idActivite(c.req.param("id"));
      await modifierActivite(c.var.db, demandeur, id, c.req.valid("json"));
      return c.json({ activite: await lireActivite(c.var.db, demandeur.mediateurId, id) });
    })
    .delete("/:id", async (c) => {
      await supprimerActivite(c.var.db, mediateurConnecte(c), idActivite(c.req.param("id")));
      return c.body(null, 204);
    });
