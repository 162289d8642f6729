import { siretSchema, structureFormulaireSchema, z } from "@coop/domain";
import type { RechercheEntreprisesClient } from "@coop/external";
import { type AppEnv, authenticated, requireJson, requireUser, validate } from "@coop/http";
import { Hono } from "hono";
import { creerStructure } from "./creation.ts";
import { rechercherEntreprises } from "./entreprises.ts";
import { structureParId } from "./lecture.ts";
import { rechercherStructures } from "./recherche.ts";

const rechercheQuery = z.object({
  q: z.string().max(200, "La recherche ne doit pas dépasser 200 caractères.").optional(),
  commune: z.string().max(100, "La commune ne doit pas dépasser 100 caractères.").optional(),
});

const MESSAGE_RECHERCHE_ENTREPRISE = "Indiquez un SIRET ou au moins 3 caractères du nom.";

const entreprisesQuery = z
  .object({
    siret: siretSchema.optional(),
    q: z.string().trim().max(200, "La recherche ne doit pas dépasser 200 caractères.").optional(),
  })
  .superRefine((query, context) => {
    if (query.siret === undefined && (query.q ?? "").length < 3)
      context.addIssue({ code: "custom", path: ["q"], message: MESSAGE_RECHERCHE_ENTREPRISE });
  });

const idParam = z.object({ id: z.uuid("Identifiant de structure invalide.") });

/** Structures of La Coop: search, Recherche d'entreprises lookup, creation, consultation. */
export const structuresRoutes = ({
  rechercheEntreprises,
}: {
  rechercheEntreprises: RechercheEntreprisesClient;
}) =>
  new Hono<AppEnv>()
    .get("/recherche", requireUser, validate("query", rechercheQuery), async (c) => {
      return c.json({ structures: await rechercherStructures(c.var.db, c.req.valid("query")) });
    })
    .get("/entreprises", requireUser, validate("query", entreprisesQuery), async (c) => {
      const { siret, q } = c.req.valid("query");
      const recherche = siret !== undefined ? { siret } : { q: q ?? "" };
      return c.json({ entreprises: await rechercherEntreprises(c.var.db, rechercheEntreprises, recherche) });
    })
    .post("/", requireUser, requireJson, validate("json", structureFormulaireSchema), async (c) => {
      const structure = await creerStructure(c.var.db, authenticated(c).user.id, c.req.valid("json"));
      return c.json({ structure }, 201);
    })
    .get("/:id{[0-9a-fA-F-]{36}}", requireUser, validate("param", idParam), async (c) => {
      return c.json({ structure: await structureParId(c.var.db, c.req.valid("param").id) });
    });
