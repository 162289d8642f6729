import { lieuxActiviteSchema, structureEmployeuseSchema } from "@coop/domain";
import type { RechercheEntreprisesClient } from "@coop/external";
import {
  type AppEnv,
  authenticated,
  mediateurConnecte,
  requireJson,
  requireMediateur,
  requireUser,
  validate,
} from "@coop/http";
import { Hono } from "hono";
import { lieuxActifs } from "../commun/lieux-actifs.ts";
import { renseignerLieuxActivite } from "./lieux-activite.ts";
import { renseignerStructureEmployeuse, structureEmployeuseActuelle } from "./structure-employeuse.ts";

/** The inscription steps about structures: the employer and the lieux d'activité. */
export const inscriptionStructuresRoutes = ({
  rechercheEntreprises,
}: {
  rechercheEntreprises: RechercheEntreprisesClient;
}) =>
  new Hono<AppEnv>()
    .get("/structure-employeuse", requireUser, async (c) => {
      const userId = authenticated(c).user.id;
      return c.json({ structureEmployeuse: await structureEmployeuseActuelle(c.var.db, userId) });
    })
    .put(
      "/structure-employeuse",
      requireUser,
      requireJson,
      validate("json", structureEmployeuseSchema),
      async (c) => {
        const structureEmployeuse = await renseignerStructureEmployeuse(c.var.db, rechercheEntreprises, {
          userId: authenticated(c).user.id,
          siret: c.req.valid("json").siret,
        });
        return c.json({ structureEmployeuse });
      },
    )
    .get("/lieux-activite", requireMediateur, async (c) => {
      const { mediateurId } = mediateurConnecte(c);
      return c.json({ lieux: await lieuxActifs(c.var.db, mediateurId) });
    })
    .put(
      "/lieux-activite",
      requireMediateur,
      requireJson,
      validate("json", lieuxActiviteSchema),
      async (c) => {
        const { userId, mediateurId } = mediateurConnecte(c);
        const lieux = await renseignerLieuxActivite(c.var.db, {
          userId,
          mediateurId,
          structureIds: c.req.valid("json").structureIds,
        });
        return c.json({ lieux });
      },
    );
