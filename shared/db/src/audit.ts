import type { Executor } from "./database.ts";
import { mutations } from "./schema/technique.ts";

export type MutationName = (typeof mutations.nom.enumValues)[number];

/**
 * Records a business mutation in the audit table, inside the mutation's own transaction.
 * `data` holds identifiers and flags only — never a name, a phone number, an e-mail or notes.
 */
export const recordMutation = async (
  db: Executor,
  mutation: { userId: string | null; nom: MutationName; data: Record<string, unknown>; startedAt: number },
) => {
  await db.insert(mutations).values({
    userId: mutation.userId,
    nom: mutation.nom,
    data: mutation.data,
    duration: Math.max(0, Math.round(performance.now() - mutation.startedAt)),
  });
};
