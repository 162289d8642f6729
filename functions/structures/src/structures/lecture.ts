import { type Executor, schema } from "@coop/db";
import { ApiError } from "@coop/http";
import { and, eq, isNull } from "drizzle-orm";
import { colonnesDetail } from "../commun/colonnes.ts";

const { structures } = schema;

export const structureParId = async (db: Executor, id: string) => {
  const [structure] = await db
    .select(colonnesDetail)
    .from(structures)
    .where(and(eq(structures.id, id), isNull(structures.suppression)))
    .limit(1);
  if (!structure) throw new ApiError("not_found", { message: "Cette structure est introuvable." });
  return structure;
};
