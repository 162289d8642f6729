import { type Executor, schema } from "@coop/db";
import { apiClientScope, z } from "@coop/domain";
import { ApiError, generateApiSecret, hashApiSecret } from "@coop/http";
import { desc, eq, sql } from "drizzle-orm";

const { apiClients } = schema;

export const clientApiSchema = z
  .object({
    name: z.string().trim().min(3, "Le nom doit faire au moins 3 caractères.").max(100),
    scopes: z.array(z.enum(apiClientScope.values)).min(1, "Choisissez au moins une portée."),
    validFrom: z.coerce.date().optional(),
    validUntil: z.coerce.date().nullable().optional(),
  })
  .refine((client) => !client.validUntil || !client.validFrom || client.validUntil > client.validFrom, {
    path: ["validUntil"],
    message: "La fin de validité doit suivre le début.",
  });

export const modificationClientApiSchema = z.object({
  scopes: z.array(z.enum(apiClientScope.values)).min(1, "Choisissez au moins une portée.").optional(),
  validUntil: z.coerce.date().nullable().optional(),
});

const colonnes = {
  id: apiClients.id,
  name: apiClients.name,
  scopes: apiClients.scopes,
  validFrom: apiClients.validFrom,
  validUntil: apiClients.validUntil,
  created: apiClients.created,
  updated: apiClients.updated,
};

export const listerClientsApi = (db: Executor) =>
  db.select(colonnes).from(apiClients).orderBy(desc(apiClients.created));

/** Creates a client; the secret is returned this once and only its HMAC is kept. */
export const creerClientApi = async (
  db: Executor,
  hmacKey: string,
  values: z.infer<typeof clientApiSchema>,
) => {
  const secret = generateApiSecret();
  const [client] = await db
    .insert(apiClients)
    .values({ ...values, secretHash: hashApiSecret(secret, hmacKey) })
    .onConflictDoNothing({ target: apiClients.name })
    .returning(colonnes);
  if (!client) throw new ApiError("conflict", { fields: { name: "Un client porte déjà ce nom." } });
  return { client, secret };
};

export const renouvelerSecret = async (db: Executor, hmacKey: string, id: string) => {
  const secret = generateApiSecret();
  const [client] = await db
    .update(apiClients)
    .set({ secretHash: hashApiSecret(secret, hmacKey), updated: sql`now()` })
    .where(eq(apiClients.id, id))
    .returning(colonnes);
  if (!client) throw new ApiError("not_found");
  return { client, secret };
};

export const modifierClientApi = async (
  db: Executor,
  id: string,
  values: z.infer<typeof modificationClientApiSchema>,
) => {
  const [client] = await db
    .update(apiClients)
    .set({ ...values, updated: sql`now()` })
    .where(eq(apiClients.id, id))
    .returning(colonnes);
  if (!client) throw new ApiError("not_found");
  return client;
};

/** Revocation ends the validity window now: the client is refused from the next request. */
export const revoquerClientApi = (db: Executor, id: string) =>
  modifierClientApi(db, id, { validUntil: new Date() });
