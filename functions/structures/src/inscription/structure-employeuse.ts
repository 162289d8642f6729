import { type Executor, recordMutation, schema } from "@coop/db";
import { aujourdhui } from "@coop/domain";
import type { EntrepriseTrouvee, RechercheEntreprisesClient } from "@coop/external";
import { ApiError } from "@coop/http";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { colonnesResume } from "../commun/colonnes.ts";
import { appelExterne } from "../commun/service-externe.ts";
import { remplacerEmploi } from "./emploi.ts";

const { employesStructures, structures, users } = schema;

const structureParSiret = async (db: Executor, siret: string) => {
  const [structure] = await db
    .select({ id: structures.id })
    .from(structures)
    .where(and(eq(structures.siret, siret), isNull(structures.suppression)))
    .orderBy(asc(structures.creation), asc(structures.id))
    .limit(1);
  return structure ?? null;
};

const erreurSiret = (message: string) => new ApiError("validation_error", { fields: { siret: message } });

/** The établissement behind a SIRET unknown to La Coop, if it can become a structure. */
const entrepriseAImporter = async (client: RechercheEntreprisesClient, siret: string) => {
  const entreprise = await appelExterne(() => client.rechercherParSiret(siret));
  if (!entreprise) throw erreurSiret("Aucun établissement ne correspond à ce SIRET.");
  if (!entreprise.actif)
    throw erreurSiret("Cet établissement est fermé : indiquez le SIRET d'un établissement en activité.");
  if (!/^\d{5}$/.test(entreprise.codePostal) || !entreprise.adresse || !entreprise.commune)
    throw erreurSiret("L'adresse de cet établissement est incomplète dans le répertoire des entreprises.");
  return entreprise;
};

const valeursDepuisEntreprise = (entreprise: EntrepriseTrouvee) => ({
  nom: entreprise.nom,
  nomUsage: entreprise.enseigne ?? null,
  adresse: entreprise.adresse,
  commune: entreprise.commune,
  codePostal: entreprise.codePostal,
  codeInsee: entreprise.codeInsee ?? null,
  latitude: entreprise.latitude ?? null,
  longitude: entreprise.longitude ?? null,
  siret: entreprise.siret,
  synchronisationSiret: new Date(),
});

/** The user's current employer (active employment, structure not deleted), or null. */
export const structureEmployeuseActuelle = async (db: Executor, userId: string) => {
  const [employeur] = await db
    .select({ ...colonnesResume, debutEmploi: employesStructures.debutEmploi })
    .from(employesStructures)
    .innerJoin(structures, eq(structures.id, employesStructures.structureId))
    .where(
      and(
        eq(employesStructures.userId, userId),
        isNull(employesStructures.suppression),
        isNull(employesStructures.finEmploi),
        isNull(structures.suppression),
      ),
    )
    .orderBy(desc(employesStructures.creation), desc(employesStructures.id))
    .limit(1);
  return employeur ?? null;
};

/**
 * Inscription step "structure employeuse": the structure with this SIRET in La Coop, or one created
 * from the Recherche d'entreprises, becomes the user's only active employer.
 */
export const renseignerStructureEmployeuse = async (
  db: Executor,
  client: RechercheEntreprisesClient,
  { userId, siret }: { userId: string; siret: string },
) => {
  const startedAt = performance.now();
  // The external call happens before the transaction, which then re-checks the SIRET.
  const connue = await structureParSiret(db, siret);
  const entreprise = connue ? null : await entrepriseAImporter(client, siret);

  await db.transaction(async (tx) => {
    let structureId = (connue ?? (await structureParSiret(tx, siret)))?.id;
    if (!structureId && entreprise) {
      const [creee] = await tx
        .insert(structures)
        .values({
          ...valeursDepuisEntreprise(entreprise),
          creationParId: userId,
          derniereModificationParId: userId,
        })
        .returning({ id: structures.id });
      structureId = creee!.id;
      await recordMutation(tx, {
        userId,
        nom: "creer_structure",
        data: { structureId, source: "recherche_entreprises" },
        startedAt,
      });
    }
    const emploi = await remplacerEmploi(tx, { userId, structureId: structureId!, aujourdhui: aujourdhui() });
    await tx
      .update(users)
      .set({ structureEmployeuseRenseignee: sql`now()`, updated: sql`now()` })
      .where(eq(users.id, userId));
    await recordMutation(tx, {
      userId,
      nom: emploi.cree ? "creer_employe_structure" : "modifier_employe_structure",
      data: { structureId, emploiId: emploi.emploiId, emploisTermines: emploi.termines },
      startedAt,
    });
  });
  return structureEmployeuseActuelle(db, userId);
};
