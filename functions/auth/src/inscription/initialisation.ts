import { type Executor, recordMutation, schema } from "@coop/db";
import { aujourdhui } from "@coop/domain";
import { type DataspaceClient, type DataspaceMediateur, ServiceExterneIndisponible } from "@coop/external";
import { and, eq, isNull, sql } from "drizzle-orm";
import { etatInscription } from "./etat.ts";
import { trouverOuCreerStructureDataspace } from "./structures-dataspace.ts";

const { coordinateurs, employesStructures, mediateurs, mediateursEnActivite, users } = schema;

export type ResultatDataspace =
  | { dataspace: "trouve" | "non-trouve" | "non-interroge" }
  | { dataspace: "indisponible"; message: string };

const NON_CONFIGURE =
  "Le service Dataspace n'est pas configuré : vos informations de conseiller numérique n'ont pas pu être vérifiées.";

type Contexte = { userId: string; startedAt: number };

/** One employment per Dataspace contract (ended by its `date_rupture`), each created once. */
const importerEmplois = async (tx: Executor, mediateur: DataspaceMediateur, contexte: Contexte) => {
  for (const employeur of mediateur.structures_employeuses) {
    const structureId = await trouverOuCreerStructureDataspace(tx, employeur, contexte);
    if (!structureId) continue;
    for (const contrat of employeur.contrats ?? []) {
      const [existant] = await tx
        .select({ id: employesStructures.id })
        .from(employesStructures)
        .where(
          and(
            eq(employesStructures.userId, contexte.userId),
            eq(employesStructures.structureId, structureId),
            eq(employesStructures.debutEmploi, contrat.date_debut),
            isNull(employesStructures.suppression),
          ),
        )
        .limit(1);
      if (existant) continue;
      const [emploi] = await tx
        .insert(employesStructures)
        .values({
          userId: contexte.userId,
          structureId,
          debutEmploi: contrat.date_debut,
          finEmploi: contrat.date_rupture,
          creationParId: contexte.userId,
          modificationParId: contexte.userId,
        })
        .returning({ id: employesStructures.id });
      await recordMutation(tx, {
        userId: contexte.userId,
        nom: "creer_employe_structure",
        data: { emploiId: emploi!.id, structureId, source: "dataspace" },
        startedAt: contexte.startedAt,
      });
    }
  }
};

/** The conseiller numérique's lieux d'activité, imported once; with at least one, the step is done. */
const importerLieux = async (
  tx: Executor,
  mediateur: DataspaceMediateur,
  mediateurId: string,
  contexte: Contexte,
) => {
  const structureIds = new Set<string>();
  for (const lieu of mediateur.lieux_activite) {
    const structureId = await trouverOuCreerStructureDataspace(tx, lieu, contexte);
    if (structureId) structureIds.add(structureId);
  }
  const actifs = await tx
    .select({ structureId: mediateursEnActivite.structureId })
    .from(mediateursEnActivite)
    .where(
      and(
        eq(mediateursEnActivite.mediateurId, mediateurId),
        isNull(mediateursEnActivite.suppression),
        isNull(mediateursEnActivite.finActivite),
      ),
    );
  const dejaActifs = new Set(actifs.map((lien) => lien.structureId));
  const nouveaux = [...structureIds].filter((id) => !dejaActifs.has(id));
  if (nouveaux.length > 0) {
    await tx.insert(mediateursEnActivite).values(
      nouveaux.map((structureId) => ({
        mediateurId,
        structureId,
        debutActivite: aujourdhui(),
        creationParId: contexte.userId,
        modificationParId: contexte.userId,
      })),
    );
    await recordMutation(tx, {
      userId: contexte.userId,
      nom: "creer_mediateur_en_activite",
      data: { mediateurId, structureIds: nouveaux, source: "dataspace" },
      startedAt: contexte.startedAt,
    });
  }
  await tx
    .update(users)
    .set({
      importedLieuxFromDataspace: sql`now()`,
      ...(structureIds.size > 0 ? { lieuxActiviteRenseignes: sql`now()` } : {}),
    })
    .where(eq(users.id, contexte.userId));
};

/** Records what the Dataspace says about the user: CN flag, ids, role rows, employers, lieux. */
const synchroniser = async (db: Executor, mediateur: DataspaceMediateur, contexte: Contexte) =>
  db.transaction(async (tx) => {
    const { userId, startedAt } = contexte;
    const [user] = await tx
      .update(users)
      .set({
        isConseillerNumerique: mediateur.is_conseiller_numerique,
        dataspaceId: mediateur.id,
        dataspaceUserIdPg: mediateur.pg_id,
        syncedFromDataspace: sql`coalesce(${users.syncedFromDataspace}, now())`,
        lastSyncedFromDataspace: sql`now()`,
        updated: sql`now()`,
      })
      .where(eq(users.id, userId))
      .returning({ importedLieuxFromDataspace: users.importedLieuxFromDataspace });
    await recordMutation(tx, {
      userId,
      nom: "modifier_utilisateur",
      data: {
        source: "dataspace",
        dataspaceId: mediateur.id,
        isConseillerNumerique: mediateur.is_conseiller_numerique,
      },
      startedAt,
    });

    // A conseiller numérique is a médiateur; a coordinateur de conseillers numériques is a coordinateur.
    const cn = mediateur.is_conseiller_numerique;
    if (cn && !mediateur.is_coordinateur) {
      const [cree] = await tx
        .insert(mediateurs)
        .values({ userId })
        .onConflictDoNothing()
        .returning({ id: mediateurs.id });
      if (cree)
        await recordMutation(tx, {
          userId,
          nom: "creer_mediateur",
          data: { mediateurId: cree.id, source: "dataspace" },
          startedAt,
        });
    }
    if (cn && mediateur.is_coordinateur) {
      const [cree] = await tx
        .insert(coordinateurs)
        .values({ userId })
        .onConflictDoNothing()
        .returning({ id: coordinateurs.id });
      if (cree)
        await recordMutation(tx, {
          userId,
          nom: "creer_coordinateur",
          data: { coordinateurId: cree.id, source: "dataspace" },
          startedAt,
        });
    }
    if (!cn) return;

    await importerEmplois(tx, mediateur, contexte);
    const [role] = await tx
      .select({ id: mediateurs.id })
      .from(mediateurs)
      .where(eq(mediateurs.userId, userId));
    if (role && !user!.importedLieuxFromDataspace) await importerLieux(tx, mediateur, role.id, contexte);
  });

/**
 * First step of the inscription: asks the Dataspace who the user is. Never blocks the inscription: an
 * unknown e-mail changes nothing, an unreachable Dataspace is reported and the inscription goes on.
 */
export const initialiserInscription = async (
  db: Executor,
  dataspace: DataspaceClient | null,
  userId: string,
): Promise<ResultatDataspace> => {
  const startedAt = performance.now();
  const { etape, utilisateur } = await etatInscription(db, userId);
  if (etape === "terminee") return { dataspace: "non-interroge" };
  if (!dataspace) return { dataspace: "indisponible", message: NON_CONFIGURE };

  let mediateur: DataspaceMediateur | null;
  try {
    mediateur = await dataspace.getMediateur(utilisateur.email);
  } catch (error) {
    if (error instanceof ServiceExterneIndisponible)
      return { dataspace: "indisponible", message: error.message };
    throw error;
  }
  if (!mediateur) return { dataspace: "non-trouve" };
  await synchroniser(db, mediateur, { userId, startedAt });
  return { dataspace: "trouve" };
};
