import { type Executor, recordMutation, schema } from "@coop/db";
import { sql } from "drizzle-orm";
import { type Auteur, apresCreation } from "../beneficiaires/ecriture.ts";
import type { analyserLignes } from "./analyse.ts";

const { beneficiaires } = schema;

/** Rows per INSERT: well under Postgres's 65 535 bound parameters. */
const PAQUET = 500;

/** Creates the valid rows of an import in one transaction, all with the same `import` date. */
export const importerBeneficiaires = async (
  db: Executor,
  { userId, mediateurId }: Auteur,
  colonnes: Awaited<ReturnType<typeof analyserLignes>>["colonnes"],
) => {
  const startedAt = performance.now();
  return db.transaction(async (tx) => {
    for (let debut = 0; debut < colonnes.length; debut += PAQUET) {
      await tx
        .insert(beneficiaires)
        .values(
          colonnes
            .slice(debut, debut + PAQUET)
            .map((ligne) => ({ ...ligne, mediateurId, import: sql`now()` })),
        );
    }
    await apresCreation(tx, mediateurId);
    // The count only: the audit never holds names.
    await recordMutation(tx, {
      userId,
      nom: "importer_beneficiaires",
      data: { mediateurId, nombre: colonnes.length },
      startedAt,
    });
    return colonnes.length;
  });
};
