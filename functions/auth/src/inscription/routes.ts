import { choixRoleSchema, informationsSchema } from "@coop/domain";
import type { DataspaceClient } from "@coop/external";
import { type AppEnv, authenticated, requireJson, requireUser, validate } from "@coop/http";
import { Hono } from "hono";
import { etatInscription, vueInscription } from "./etat.ts";
import { modifierInformations } from "./informations.ts";
import { initialiserInscription } from "./initialisation.ts";
import { choisirRole } from "./role.ts";
import { validerInscription } from "./validation.ts";

/** Inscription steps owned by the auth function (the employer and lieux steps live in structures). */
export const inscriptionRoutes = ({ dataspace }: { dataspace: DataspaceClient | null }) =>
  new Hono<AppEnv>()
    .use(requireUser)
    .get("/", async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(vueInscription(await etatInscription(c.var.db, authenticated(c).user.id)));
    })
    .post("/initialiser", async (c) => {
      const userId = authenticated(c).user.id;
      const resultat = await initialiserInscription(c.var.db, dataspace, userId);
      const { etape } = await etatInscription(c.var.db, userId);
      return c.json({ etape, ...resultat });
    })
    .post("/role", requireJson, validate("json", choixRoleSchema), async (c) => {
      const userId = authenticated(c).user.id;
      await choisirRole(c.var.db, userId, c.req.valid("json"));
      const { etape } = await etatInscription(c.var.db, userId);
      return c.json({ etape });
    })
    .put("/informations", requireJson, validate("json", informationsSchema), async (c) => {
      const userId = authenticated(c).user.id;
      await modifierInformations(c.var.db, userId, c.req.valid("json"));
      const { etape, utilisateur } = await etatInscription(c.var.db, userId);
      // Verified information leads to the employer: the next page, while the resume point stays.
      return c.json({
        etape: etape === "verifier-informations" ? "structure-employeuse" : etape,
        utilisateur,
      });
    })
    .post("/validation", async (c) => {
      const { invitationsAcceptees } = await validerInscription(c.var.db, authenticated(c).user.id);
      return c.json({ redirection: "/coop", invitationsAcceptees });
    });
