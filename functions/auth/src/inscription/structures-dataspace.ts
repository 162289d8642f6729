import { type Executor, recordMutation, schema } from "@coop/db";
import { estSiretValide } from "@coop/domain";
import type { DataspaceAdresse } from "@coop/external";
import { and, asc, eq, isNull, sql } from "drizzle-orm";

const { structures } = schema;

/** A structure as the Dataspace describes it (employer or lieu d'activité). */
export type StructureDataspace = { nom: string; siret: string; adresse: DataspaceAdresse };

const SOURCE = "dataspace";

const voie = (adresse: DataspaceAdresse) =>
  [adresse.numero_voie, adresse.repetition, adresse.nom_voie]
    .filter((part) => part !== null && part !== "")
    .join(" ");

/** Dataspace addresses are sometimes incomplete: such a structure is not imported. */
const estComplete = (structure: StructureDataspace) =>
  structure.nom?.trim() &&
  structure.adresse?.nom_voie?.trim() &&
  structure.adresse.nom_commune?.trim() &&
  /^\d{5}$/.test(structure.adresse.code_postal ?? "") &&
  /^\d[\dAB]\d{3}$/.test(structure.adresse.code_insee ?? "");

/**
 * La Coop's structure for a Dataspace one, created when none matches. Matching, in order: same SIRET in
 * the same commune (code INSEE), then same name (accents and case ignored) in the same commune.
 * Returns null for an incomplete address.
 */
export const trouverOuCreerStructureDataspace = async (
  tx: Executor,
  structure: StructureDataspace,
  { userId, startedAt }: { userId: string; startedAt: number },
) => {
  if (!estComplete(structure)) return null;
  const siret = estSiretValide(structure.siret ?? "") ? structure.siret : null;
  const codeInsee = structure.adresse.code_insee;
  const nom = structure.nom.trim();
  const actives = and(isNull(structures.suppression), eq(structures.codeInsee, codeInsee));

  const trouver = (condition: ReturnType<typeof and>) =>
    tx
      .select({ id: structures.id })
      .from(structures)
      .where(and(actives, condition))
      .orderBy(asc(structures.creation), asc(structures.id))
      .limit(1);
  const [existante] = [
    ...(siret ? await trouver(eq(structures.siret, siret)) : []),
    ...(await trouver(eq(sql`coop.sans_accents(${structures.nom})`, sql`coop.sans_accents(${nom})`))),
  ];
  if (existante) return existante.id;

  const [creee] = await tx
    .insert(structures)
    .values({
      nom,
      adresse: voie(structure.adresse),
      commune: structure.adresse.nom_commune.trim(),
      codePostal: structure.adresse.code_postal,
      codeInsee,
      siret,
      creationParId: userId,
      derniereModificationSource: SOURCE,
    })
    .returning({ id: structures.id });
  await recordMutation(tx, {
    userId,
    nom: "creer_structure",
    data: { structureId: creee!.id, source: SOURCE },
    startedAt,
  });
  return creee!.id;
};
