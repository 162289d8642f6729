import { type Executor, recordMutation, schema } from "@coop/db";
import type { informationsSchema, z } from "@coop/domain";
import { ApiError } from "@coop/http";
import { eq, sql } from "drizzle-orm";
import { etatInscription } from "./etat.ts";
import { DEJA_VALIDEE } from "./role.ts";

const { users } = schema;

/** "Vérifier vos informations": the person's names and phone number. */
export const modifierInformations = async (
  db: Executor,
  userId: string,
  { firstName, lastName, phone }: z.output<typeof informationsSchema>,
) => {
  const startedAt = performance.now();
  await db.transaction(async (tx) => {
    const { etape } = await etatInscription(tx, userId, { verrouiller: true });
    if (etape === "terminee") throw new ApiError("conflict", { message: DEJA_VALIDEE });
    await tx
      .update(users)
      .set({
        firstName,
        lastName,
        name: `${firstName} ${lastName}`,
        ...(phone !== undefined ? { phone } : {}),
        updated: sql`now()`,
      })
      .where(eq(users.id, userId));
    // Which fields changed, never their values: the audit holds no personal data.
    await recordMutation(tx, {
      userId,
      nom: "modifier_utilisateur",
      data: { champs: ["firstName", "lastName", ...(phone !== undefined ? ["phone"] : [])] },
      startedAt,
    });
  });
};
