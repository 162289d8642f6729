import { z } from "@coop/domain";
import { type AppEnv, authenticated, requireJson, requireRole, validate } from "@coop/http";
import { Hono } from "hono";
import {
  clientApiSchema,
  creerClientApi,
  listerClientsApi,
  modificationClientApiSchema,
  modifierClientApi,
  renouvelerSecret,
  revoquerClientApi,
} from "./clients-api.ts";
import { changerActivation } from "./desactivation.ts";
import { arreterUsurpation, usurperUtilisateur } from "./usurpation.ts";
import { listerUtilisateurs } from "./utilisateurs.ts";

const idParam = z.object({ id: z.uuid("Identifiant invalide.") });

const filtreSchema = z.object({
  recherche: z.string().max(200).optional(),
  role: z.enum(["user", "support", "admin"]).optional(),
  statut: z.enum(["actif", "desactive", "supprime", "inscription"]).optional(),
  page: z.coerce.number().int().min(1).default(1),
  parPage: z.coerce.number().int().min(1).max(100).default(20),
});

// The back-office stays invisible (404) to everyone but administrators and support.
const backOffice = requireRole(["admin", "support"], { hidden: true });
const adminOnly = requireRole(["admin"], { hidden: true });

/** Back-office: accounts, impersonation, partner API clients. */
export const administrationRoutes = ({ sudoUsurpation }: { sudoUsurpation: boolean }) =>
  new Hono<AppEnv>()
    .get("/utilisateurs", backOffice, validate("query", filtreSchema), async (c) => {
      return c.json(await listerUtilisateurs(c.var.db, c.req.valid("query")));
    })
    .post("/utilisateurs/:id/usurpation", adminOnly, validate("param", idParam), async (c) => {
      await usurperUtilisateur(c.var.db, authenticated(c), c.req.valid("param").id, {
        toutUtilisateur: sudoUsurpation,
      });
      return c.json({ redirection: "/coop" });
    })
    .post("/utilisateurs/:id/desactivation", adminOnly, validate("param", idParam), async (c) => {
      await changerActivation(c.var.db, {
        adminId: authenticated(c).user.id,
        userId: c.req.valid("param").id,
        actif: false,
      });
      return c.body(null, 204);
    })
    .post("/utilisateurs/:id/reactivation", adminOnly, validate("param", idParam), async (c) => {
      await changerActivation(c.var.db, {
        adminId: authenticated(c).user.id,
        userId: c.req.valid("param").id,
        actif: true,
      });
      return c.body(null, 204);
    })
    .get("/clients-api", adminOnly, async (c) => c.json({ clients: await listerClientsApi(c.var.db) }))
    .post("/clients-api", adminOnly, requireJson, validate("json", clientApiSchema), async (c) => {
      const created = await creerClientApi(c.var.db, c.var.security.hmacSecretKey, c.req.valid("json"));
      c.header("Cache-Control", "no-store");
      return c.json(created, 201);
    })
    .post("/clients-api/:id/secret", adminOnly, validate("param", idParam), async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await renouvelerSecret(c.var.db, c.var.security.hmacSecretKey, c.req.valid("param").id));
    })
    .patch(
      "/clients-api/:id",
      adminOnly,
      validate("param", idParam),
      requireJson,
      validate("json", modificationClientApiSchema),
      async (c) =>
        c.json({ client: await modifierClientApi(c.var.db, c.req.valid("param").id, c.req.valid("json")) }),
    )
    .post("/clients-api/:id/revocation", adminOnly, validate("param", idParam), async (c) =>
      c.json({ client: await revoquerClientApi(c.var.db, c.req.valid("param").id) }),
    );

/** Ending an impersonation is open to the impersonated session, whatever the target's role. */
export const usurpationRoutes = () =>
  new Hono<AppEnv>().post("/fin", async (c) => {
    await arreterUsurpation(c.var.db, authenticated(c));
    return c.json({ redirection: "/administration/utilisateurs" });
  });
