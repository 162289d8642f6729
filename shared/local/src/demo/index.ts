import type { Database } from "@coop/db";
import * as schema from "@coop/db/schema";
import { eq } from "drizzle-orm";
import { type CompteDefinition, compteDefinitions } from "./acteurs.ts";
import { generateActivites } from "./activites.ts";
import { createComptes, demoEmail } from "./comptes.ts";
import { computeCounters } from "./counters.ts";
import { addMonths, fromDay, toDay, todayInParis } from "./dates.ts";
import { insertChunked } from "./insert.ts";
import { createRandom } from "./random.ts";

// The demo dataset of the local platform (`pnpm dev`) and of the benchmarks (`scale`).

export type DemoOptions = {
  /** Same seed and reference date ⇒ the very same rows, uuids included. */
  seed?: number;
  /** YYYY-MM-DD, the last day of the 18 months of activités; default today (Europe/Paris). */
  referenceDate?: string;
  /** 1 ≈ 2 000 identified bénéficiaires and 10 000 activités over the four médiateurs. */
  scale?: number;
};

export type DemoAccount = {
  email: string;
  name: string;
  role: CompteDefinition["role"];
  /** The role as the interface shows it. */
  roleLabel: string;
};

export type DemoSummary = {
  referenceDate: string;
  /** First day of the activités window. */
  periodStart: string;
  users: number;
  mediateurs: number;
  coordinateurs: number;
  structures: number;
  /** Identified and not deleted: what the médiateurs see in "Mes bénéficiaires". */
  beneficiaires: number;
  /** Anonymous ones (created by activités) and deleted ones (anonymised). */
  beneficiairesAnonymes: number;
  /** Not deleted (a few soft-deleted ones are in the table too). */
  activites: number;
  accompagnements: number;
  accounts: DemoAccount[];
};

export const DEFAULT_DEMO_SEED = 20_241_115;
/** The window of activités, ending at the reference date. */
export const DEMO_PERIOD_MONTHS = 18;

const roleLabels: Record<CompteDefinition["role"], string> = {
  admin: "Administrateur",
  coordinateur: "Coordinateur",
  "conseiller-numerique": "Conseiller Numérique",
  mediateur: "Médiateur",
};

export const demoAccounts = (): DemoAccount[] =>
  compteDefinitions.map((definition) => ({
    email: demoEmail(definition),
    name: `${definition.prenom} ${definition.nom}`,
    role: definition.role,
    roleLabel: roleLabels[definition.role],
  }));

/** True once the demo accounts exist: the local platform seeds only once. */
export const isDemoDataPresent = async (db: Database): Promise<boolean> => {
  const rows = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.isFixture, true))
    .limit(1);
  return rows.length > 0;
};

/** Writes the whole dataset in one transaction: a failure leaves nothing behind. */
export const seedDemoData = async (db: Database, options: DemoOptions = {}): Promise<DemoSummary> => {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 1_000)) throw new Error(`Échelle invalide : ${scale}`);
  const referenceDate = options.referenceDate ?? todayInParis();
  const reference = toDay(referenceDate);
  const windowStart = addMonths(reference, -DEMO_PERIOD_MONTHS) + 1;

  const random = createRandom(options.seed ?? DEFAULT_DEMO_SEED);
  const comptes = createComptes(random.fork(1), reference, windowStart);
  const dataset = generateActivites(random.fork(2), comptes, { reference, windowStart, scale });
  computeCounters(comptes, dataset);

  await db.transaction(async (tx) => {
    await insertChunked(tx, schema.users, comptes.users);
    await insertChunked(tx, schema.structures, comptes.structures);
    await insertChunked(tx, schema.employesStructures, comptes.employesStructures);
    await insertChunked(
      tx,
      schema.mediateurs,
      comptes.mediateurs.map((mediateur) => mediateur.row),
    );
    await insertChunked(tx, schema.coordinateurs, comptes.coordinateurs);
    await insertChunked(tx, schema.mediateursCoordonnes, comptes.mediateursCoordonnes);
    await insertChunked(tx, schema.invitationsEquipes, comptes.invitationsEquipes);
    await insertChunked(tx, schema.mediateursEnActivite, comptes.mediateursEnActivite);
    await insertChunked(tx, schema.tags, comptes.tags);
    await insertChunked(tx, schema.beneficiaires, dataset.beneficiaires);
    await insertChunked(tx, schema.activites, dataset.activites);
    await insertChunked(tx, schema.accompagnements, dataset.accompagnements);
    await insertChunked(tx, schema.activiteTags, dataset.activiteTags);
  });

  const suivis = dataset.beneficiaires.filter((beneficiaire) => !beneficiaire.anonyme).length;
  return {
    referenceDate,
    periodStart: fromDay(windowStart),
    users: comptes.users.length,
    mediateurs: comptes.mediateurs.length,
    coordinateurs: comptes.coordinateurs.length,
    structures: comptes.structures.length,
    beneficiaires: suivis,
    beneficiairesAnonymes: dataset.beneficiaires.length - suivis,
    activites: dataset.activites.filter((activite) => !activite.suppression).length,
    accompagnements: dataset.accompagnements.length,
    accounts: demoAccounts(),
  };
};
