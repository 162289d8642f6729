import { type Executor, schema } from "@coop/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import { colonnesResume } from "./colonnes.ts";

const { mediateursEnActivite, structures } = schema;

/** A médiateur's active links: neither ended nor deleted. */
export const liensActifs = (mediateurId: string) =>
  and(
    eq(mediateursEnActivite.mediateurId, mediateurId),
    isNull(mediateursEnActivite.suppression),
    isNull(mediateursEnActivite.finActivite),
  );

/** The médiateur's active lieux d'activité (structures not deleted), by name. */
export const lieuxActifs = (db: Executor, mediateurId: string) =>
  db
    .select({ ...colonnesResume, debutActivite: mediateursEnActivite.debutActivite })
    .from(mediateursEnActivite)
    .innerJoin(structures, eq(structures.id, mediateursEnActivite.structureId))
    .where(and(liensActifs(mediateurId), isNull(structures.suppression)))
    .orderBy(asc(structures.nom), asc(structures.id));
