import {
  ApiError,
  type AppEnv,
  mediateurConnecte,
  requireJson,
  requireMediateurInscrit,
  validate,
} from "@coop/http";
import { Hono } from "hono";
import { estUuid } from "../commun/acces.ts";
import { creerTag, supprimerTag, tagSchema, tagsDuMediateur } from "./tags.ts";

const tagIntrouvable = () => new ApiError("not_found", { message: "Ce tag est introuvable parmi vos tags." });

/** The tags a médiateur puts on their CRAs. */
export const tagsRoutes = () =>
  new Hono<AppEnv>()
    .use(requireMediateurInscrit)
    .get("/", async (c) => c.json({ tags: await tagsDuMediateur(c.var.db, mediateurConnecte(c)) }))
    .post("/", requireJson, validate("json", tagSchema), async (c) =>
      c.json({ tag: await creerTag(c.var.db, mediateurConnecte(c), c.req.valid("json")) }, 201),
    )
    .delete("/:id", async (c) => {
      const id = c.req.param("id");
      if (!estUuid(id)) throw tagIntrouvable();
      await supprimerTag(c.var.db, mediateurConnecte(c), id);
      return c.body(null, 204);
    });
