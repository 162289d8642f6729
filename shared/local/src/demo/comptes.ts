import type {
  coordinateurs,
  employesStructures,
  invitationsEquipes,
  mediateurs,
  mediateursCoordonnes,
  mediateursEnActivite,
  structures,
  tags,
  users,
} from "@coop/db/schema";
import {
  type CompteDefinition,
  type CompteKey,
  compteDefinitions,
  demoEmailDomain,
  equipe,
} from "./acteurs.ts";
import { addMonths, at, fromDay } from "./dates.ts";
import type { Random } from "./random.ts";
import { type Commune, type StructureKey, structureDefinitions } from "./referentiel.ts";
import { structureRow } from "./structures.ts";
import { tagRows } from "./tags.ts";

// The demo accounts and what hangs off them: structures, employments, lieux, team, tags.

export type Lieu = { structureId: string; commune: Commune; debut: number; fin: number | null };
/** A tag the médiateur may use from `depuis` until `jusqua` (excluded; null = still). */
export type TagAutorise = { id: string; depuis: number; jusqua: number | null };

/** What the activity generator needs to know about one médiateur. */
export type MediateurContext = {
  definition: CompteDefinition;
  row: typeof mediateurs.$inferInsert & { id: string };
  employeurId: string;
  employeurCommune: Commune;
  lieux: Lieu[];
  /** First day the médiateur may record activités. */
  debut: number;
  tags: TagAutorise[];
};

export type Comptes = {
  users: (typeof users.$inferInsert)[];
  structures: (typeof structures.$inferInsert)[];
  employesStructures: (typeof employesStructures.$inferInsert)[];
  mediateurs: MediateurContext[];
  coordinateurs: (typeof coordinateurs.$inferInsert)[];
  mediateursCoordonnes: (typeof mediateursCoordonnes.$inferInsert)[];
  invitationsEquipes: (typeof invitationsEquipes.$inferInsert)[];
  mediateursEnActivite: (typeof mediateursEnActivite.$inferInsert)[];
  tags: (typeof tags.$inferInsert)[];
};

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "");

export const demoEmail = (definition: CompteDefinition) =>
  `${slug(definition.prenom)}.${slug(definition.nom)}@${demoEmailDomain}`;

/** Days of the account's life: created a little before the window (or when hired, if later). */
const createdDayOf = (definition: CompteDefinition, reference: number, windowStart: number) => {
  if (definition.role === "admin") return windowStart - 60;
  if (definition.role === "coordinateur") return windowStart - 45;
  return Math.max(addMonths(reference, -definition.emploiDepuisMois), windowStart - 30);
};

export const createComptes = (random: Random, reference: number, windowStart: number): Comptes => {
  const comptes: Comptes = {
    users: [],
    structures: [],
    employesStructures: [],
    mediateurs: [],
    coordinateurs: [],
    mediateursCoordonnes: [],
    invitationsEquipes: [],
    mediateursEnActivite: [],
    tags: [],
  };
  const structureIds = new Map<StructureKey, string>();
  const userIds = new Map<CompteKey, string>();
  const createdDays = new Map<CompteKey, number>();

  for (const definition of compteDefinitions) {
    const id = random.uuid();
    const created = createdDayOf(definition, reference, windowStart);
    userIds.set(definition.key, id);
    createdDays.set(definition.key, created);
    const timestamp = (days: number, seconds: number) => at(created + days, seconds);
    comptes.users.push({
      id,
      firstName: definition.prenom,
      lastName: definition.nom,
      name: `${definition.prenom} ${definition.nom}`,
      email: demoEmail(definition),
      phone: `+3363998${String(random.int(0, 9999)).padStart(4, "0")}`,
      role: definition.role === "admin" ? "admin" : "user",
      emailVerified: timestamp(0, 33_000),
      isFixture: true,
      created: timestamp(0, 32_400),
      updated: timestamp(1, 36_000),
      lastLogin: at(reference - random.int(0, 6), 30_000 + random.int(0, 20_000)),
      isConseillerNumerique: definition.role === "conseiller-numerique",
      dataspaceId: definition.role === "conseiller-numerique" ? random.int(90_000, 99_999) : null,
      profilInscription: definition.role === "admin" ? null : definition.role,
      syncedFromDataspace: definition.role === "conseiller-numerique" ? timestamp(0, 32_500) : null,
      acceptationCgu: timestamp(0, 32_700),
      structureEmployeuseRenseignee: timestamp(0, 33_100),
      lieuxActiviteRenseignes: definition.lieux.length > 0 ? timestamp(0, 33_400) : null,
      inscriptionValidee: timestamp(0, 33_600),
      hasSeenOnboarding: timestamp(0, 34_000),
    });
  }

  // Each structure is created by the first account that works there (the admin for the others).
  for (const definition of structureDefinitions) {
    const creator =
      compteDefinitions.find(
        (compte) =>
          compte.employeur === definition.key ||
          compte.lieux.some((lieu) => lieu.structure === definition.key),
      )?.key ?? "antoine";
    const row = structureRow(
      random,
      definition,
      userIds.get(creator)!,
      at(createdDays.get(creator)!, 33_200),
    );
    comptes.structures.push(row);
    structureIds.set(definition.key, row.id);
  }
  const structureId = (key: StructureKey) => structureIds.get(key)!;
  const structureDefinition = (key: StructureKey) => structureDefinitions.find((s) => s.key === key)!;

  for (const definition of compteDefinitions) {
    const userId = userIds.get(definition.key)!;
    const created = at(createdDays.get(definition.key)!, 33_300);
    comptes.employesStructures.push({
      id: random.uuid(),
      userId,
      structureId: structureId(definition.employeur),
      debutEmploi: fromDay(addMonths(reference, -definition.emploiDepuisMois)),
      creation: created,
      modification: created,
      creationParId: userId,
      modificationParId: userId,
    });
  }

  const mediateurIds = new Map<CompteKey, string>();
  for (const definition of compteDefinitions.filter((compte) => compte.lieux.length > 0)) {
    const userId = userIds.get(definition.key)!;
    const createdDay = createdDays.get(definition.key)!;
    const created = at(createdDay, 33_500);
    const row = {
      id: random.uuid(),
      userId,
      creation: created,
      modification: created,
      isVisible: random.chance(0.6),
    };
    mediateurIds.set(definition.key, row.id);
    const lieux: Lieu[] = definition.lieux.map((lieu) => {
      const debut = addMonths(reference, -lieu.depuisMois);
      const fin = lieu.jusquaMois === undefined ? null : addMonths(reference, -lieu.jusquaMois);
      comptes.mediateursEnActivite.push({
        id: random.uuid(),
        mediateurId: row.id,
        structureId: structureId(lieu.structure),
        debutActivite: fromDay(debut),
        finActivite: fin === null ? null : fromDay(fin),
        creation: created,
        modification: fin === null ? created : at(fin, 40_000),
        creationParId: userId,
        modificationParId: userId,
      });
      return {
        structureId: structureId(lieu.structure),
        commune: structureDefinition(lieu.structure).commune,
        debut,
        fin,
      };
    });
    comptes.mediateurs.push({
      definition,
      row,
      employeurId: structureId(definition.employeur),
      employeurCommune: structureDefinition(definition.employeur).commune,
      lieux,
      debut: createdDay + 1,
      tags: [],
    });
  }

  const coordinateurUserId = userIds.get(equipe.coordinateur)!;
  const coordinateurCreated = at(createdDays.get(equipe.coordinateur)!, 33_500);
  const coordinateurId = random.uuid();
  comptes.coordinateurs.push({
    id: coordinateurId,
    userId: coordinateurUserId,
    creation: coordinateurCreated,
    modification: coordinateurCreated,
  });
  const membres = new Map<CompteKey, { depuis: number; jusqua: number | null }>();
  for (const membre of equipe.membres) {
    const depuisDay = addMonths(reference, -membre.depuisMois);
    const depuis = at(depuisDay, 36_000);
    const jusqua = "jusquaMois" in membre ? addMonths(reference, -membre.jusquaMois) : null;
    membres.set(membre.mediateur, { depuis: depuisDay, jusqua });
    comptes.mediateursCoordonnes.push({
      id: random.uuid(),
      mediateurId: mediateurIds.get(membre.mediateur)!,
      coordinateurId,
      creation: depuis,
      modification: jusqua === null ? depuis : at(jusqua, 36_000),
      suppression: jusqua === null ? null : at(jusqua, 36_000),
    });
  }
  const invite = compteDefinitions.find((compte) => compte.key === equipe.invitation)!;
  comptes.invitationsEquipes.push({
    id: random.uuid(),
    email: demoEmail(invite),
    coordinateurId,
    mediateurId: mediateurIds.get(invite.key)!,
    creation: at(reference - 5, 40_000),
  });

  comptes.tags = tagRows(random, {
    mediateurs: comptes.mediateurs,
    coordinateurId,
    membres,
    created: at(windowStart - 50, 40_000),
  });
  return comptes;
};
