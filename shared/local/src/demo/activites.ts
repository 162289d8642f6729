import type { accompagnements, activites, activiteTags } from "@coop/db/schema";
import { type BeneficiaireRow, beneficiaireAnonyme, demographieAnonyme } from "./beneficiaires.ts";
import type { Comptes, MediateurContext } from "./comptes.ts";
import { notesActivites } from "./contenus.ts";
import { type CraFields, craCollectif, craIndividuel, type TypeLieu, typesLieu } from "./cra.ts";
import { activityFactor, at, fromDay, yearOf } from "./dates.ts";
import type { Random, Weighted } from "./random.ts";
import type { Commune } from "./referentiel.ts";
import { createSuivisPool, type SuivisPool } from "./suivis.ts";

// Activités of each médiateur, day by day over the window, with their accompagnements.

export type ActiviteRow = typeof activites.$inferInsert & { id: string; accompagnementsCount: number };
export type AccompagnementRow = typeof accompagnements.$inferInsert & {
  id: string;
  premierAccompagnement: boolean;
};

export type Dataset = {
  beneficiaires: BeneficiaireRow[];
  activites: ActiviteRow[];
  accompagnements: AccompagnementRow[];
  activiteTags: (typeof activiteTags.$inferInsert)[];
};

export type GenerationOptions = { reference: number; windowStart: number; scale: number };

/** At scale 1: about 10 000 activités and 2 000 identified bénéficiaires. */
const ACTIVITES = 10_000;
const SUIVIS = 2_000;
const PART_COLLECTIF = 0.12;
const PART_INDIVIDUEL_SUIVI = 0.58;
const SUIVIS_PAR_ATELIER: Weighted<number> = [
  [0, 35],
  [1, 25],
  [2, 20],
  [3, 12],
  [4, 8],
];
const PARTICIPANTS_PAR_ATELIER: Weighted<number> = [
  [3, 10],
  [4, 14],
  [5, 16],
  [6, 16],
  [7, 13],
  [8, 11],
  [10, 8],
  [12, 6],
  [15, 6],
];

type Generator = {
  random: Random;
  mediateur: MediateurContext;
  communes: Weighted<Commune>;
  suivis: SuivisPool;
  dataset: Dataset;
  reference: number;
};

const communesOf = (mediateur: MediateurContext): Weighted<Commune> => {
  const lieuCodes = new Set(mediateur.lieux.map((lieu) => lieu.commune.codeInsee));
  return mediateur.definition.communes.map((commune) => [commune, lieuCodes.has(commune.codeInsee) ? 4 : 1]);
};

type LieuCommune = Pick<Commune, "nom" | "codePostal" | "codeInsee">;

/** Where the activité took place: one of the médiateur's lieux open that day, or a commune. */
const lieuFields = (generator: Generator, wanted: TypeLieu, day: number, domicile: LieuCommune | null) => {
  const { random, mediateur } = generator;
  const lieux = mediateur.lieux.filter((lieu) => lieu.debut <= day && (lieu.fin === null || day < lieu.fin));
  const typeLieu: TypeLieu = wanted === "lieu_activite" && lieux.length === 0 ? "autre" : wanted;
  if (typeLieu === "lieu_activite") {
    const lieu = random.weighted(
      lieux.map((l) => [l, l.structureId === mediateur.employeurId ? 2 : 1] as const),
    );
    return {
      typeLieu,
      structureId: lieu.structureId,
      lieuCommune: null,
      lieuCodePostal: null,
      lieuCodeInsee: null,
    };
  }
  // À distance: the employer's commune, as the CRA form does.
  const commune: LieuCommune =
    typeLieu === "a_distance"
      ? mediateur.employeurCommune
      : (domicile ?? random.weighted(generator.communes));
  return {
    typeLieu,
    structureId: null,
    lieuCommune: commune.nom,
    lieuCodePostal: commune.codePostal,
    lieuCodeInsee: commune.codeInsee,
  };
};

/** A home visit happens in the bénéficiaire's commune when it is known. */
const communeOf = (row: BeneficiaireRow | undefined): LieuCommune | null =>
  row?.commune && row.communeCodePostal && row.communeCodeInsee
    ? { nom: row.commune, codePostal: row.communeCodePostal, codeInsee: row.communeCodeInsee }
    : null;

const addActivite = (generator: Generator, day: number, seconds: number) => {
  const { random, mediateur, dataset, reference } = generator;
  const type = random.chance(PART_COLLECTIF) ? "collectif" : "individuel";
  const id = random.uuid();
  const creationDay = random.chance(0.1) ? Math.min(reference, day + random.int(1, 5)) : day;
  const creation = at(creationDay, seconds);
  const supprimee = random.chance(0.006);
  const fields: CraFields = type === "individuel" ? craIndividuel(random) : craCollectif(random);

  // Participants: none left on a deleted activité (its accompagnements are hard-deleted).
  const participants: { row: BeneficiaireRow; premier: boolean }[] = [];
  const anonyme = (
    attributionsAleatoires: boolean,
    premier: boolean,
    renseignee: number,
    commune: boolean,
  ) => {
    const row = beneficiaireAnonyme({
      id: random.uuid(),
      mediateurId: mediateur.row.id,
      commune: commune ? random.weighted(generator.communes) : null,
      demographie: demographieAnonyme(random, renseignee),
      attributionsAleatoires,
      creation,
    });
    dataset.beneficiaires.push(row);
    participants.push({ row, premier });
  };
  const taken = new Set<string>();
  const suivi = () => {
    const row = generator.suivis.pick(day, creation, taken);
    if (row) {
      taken.add(row.id);
      participants.push({ row, premier: false });
    }
    return row;
  };
  if (!supprimee && type === "individuel") {
    if (!(random.chance(PART_INDIVIDUEL_SUIVI) && suivi()))
      anonyme(false, random.chance(0.8), 0.85, random.chance(0.4));
  } else if (!supprimee) {
    const total = random.weighted(PARTICIPANTS_PAR_ATELIER);
    const suivisWanted = Math.min(total, random.weighted(SUIVIS_PAR_ATELIER));
    for (let i = 0; i < suivisWanted; i++) suivi();
    const anonymes = total - participants.length;
    const dejaAccompagnes = Math.round(anonymes * random.next() * 0.4);
    for (let i = 0; i < anonymes; i++) anonyme(true, i >= dejaAccompagnes, 0.6, random.chance(0.3));
  }

  const typeLieu = random.weighted(typesLieu[type]);
  const domicile = typeLieu === "domicile" ? communeOf(participants[0]?.row) : null;
  const suppression = supprimee
    ? at(Math.min(reference, creationDay + random.int(0, 10)), seconds + 600)
    : null;
  const modification =
    suppression ??
    (random.chance(0.04)
      ? at(Math.min(reference, creationDay + random.int(1, 20)), seconds + 900)
      : creation);
  dataset.activites.push({
    id,
    type,
    mediateurId: mediateur.row.id,
    accompagnementsCount: participants.length,
    date: fromDay(day),
    ...fields,
    notes: random.chance(0.08) ? random.pick(notesActivites) : null,
    structureEmployeuseId: mediateur.employeurId,
    ...lieuFields(generator, typeLieu, day, domicile),
    creation,
    modification,
    suppression,
  });
  for (const participant of participants) {
    dataset.accompagnements.push({
      id: random.uuid(),
      beneficiaireId: participant.row.id,
      activiteId: id,
      premierAccompagnement: participant.premier,
    });
  }
  if (!supprimee && random.chance(0.12)) {
    const allowed = mediateur.tags.filter(
      (tag) => tag.depuis <= day && (tag.jusqua === null || day < tag.jusqua),
    );
    for (const tag of random.sample(allowed, random.chance(0.8) ? 1 : 2)) {
      dataset.activiteTags.push({ activiteId: id, tagId: tag.id });
    }
  }
};

const generateForMediateur = (
  random: Random,
  mediateur: MediateurContext,
  dataset: Dataset,
  options: GenerationOptions,
) => {
  const { reference, scale } = options;
  const start = Math.max(options.windowStart, mediateur.debut);
  const target = ACTIVITES * scale * mediateur.definition.part;
  let totalFactor = 0;
  for (let day = start; day <= reference; day++) totalFactor += activityFactor(day);
  const meanSuivisAtelier = SUIVIS_PAR_ATELIER.reduce((sum, [n, w]) => sum + n * w, 0) / 100;
  const communes = communesOf(mediateur);
  const suivis = createSuivisPool({
    random,
    mediateur,
    communes,
    referenceYear: yearOf(reference),
    reference,
    poolSize: Math.round(SUIVIS * scale * mediateur.definition.part),
    expectedSlots:
      target * ((1 - PART_COLLECTIF) * PART_INDIVIDUEL_SUIVI + PART_COLLECTIF * meanSuivisAtelier),
  });
  const generator: Generator = { random, mediateur, communes, suivis, dataset, reference };

  for (let day = start; day <= reference; day++) {
    const expected = (target * activityFactor(day)) / totalFactor;
    const count = Math.floor(expected) + (random.chance(expected % 1) ? 1 : 0);
    // Spread over the working day (07:30–16:30 UTC, i.e. morning to late afternoon in France), in order.
    const times = Array.from({ length: count }, () => random.int(27_000, 59_400)).sort((a, b) => a - b);
    for (const seconds of times) addActivite(generator, day, seconds);
  }
  const importDays = [start + 20, start + Math.floor((reference - start) / 2)];
  dataset.beneficiaires.push(...suivis.finish(importDays));
};

export const generateActivites = (random: Random, comptes: Comptes, options: GenerationOptions): Dataset => {
  const dataset: Dataset = { beneficiaires: [], activites: [], accompagnements: [], activiteTags: [] };
  comptes.mediateurs.forEach((mediateur, index) => {
    generateForMediateur(random.fork(index), mediateur, dataset, options);
  });
  return dataset;
};
