import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { beneficiaires } from "./beneficiaires.ts";
import { domainTimestamps, id } from "./columns.ts";
import { coop } from "./coop.ts";
import {
  autonomieEnum,
  echelonTerritorialEnum,
  initiativeEnum,
  materielEnum,
  naturePartenariatEnum,
  niveauAtelierEnum,
  organisateurEnum,
  structureDeRedirectionEnum,
  thematiqueAnimationEnum,
  thematiqueEnum,
  typeActiviteCoordinationEnum,
  typeActiviteEnum,
  typeAnimationEnum,
  typeEvenementEnum,
  typeLieuEnum,
} from "./enums.ts";
import { coordinateurs, mediateurs } from "./mediateurs.ts";
import { structures } from "./structures.ts";

const emptyEnumArray = sql`'{}'`;

export const activites = coop.table(
  "activites",
  {
    id: id(),
    type: typeActiviteEnum().notNull(),
    mediateurId: uuid()
      .notNull()
      .references(() => mediateurs.id, { onDelete: "cascade" }),
    accompagnementsCount: integer().notNull().default(0),
    date: date({ mode: "string" }).notNull(),
    duree: integer().notNull(),
    notes: text(),
    structureEmployeuseId: uuid().references(() => structures.id, { onDelete: "set null" }),
    typeLieu: typeLieuEnum().notNull(),
    structureId: uuid().references(() => structures.id, { onDelete: "set null" }),
    lieuCodePostal: text(),
    lieuCommune: text(),
    lieuCodeInsee: text(),
    ...domainTimestamps(),
    rdvServicePublicId: integer(),
    rdvId: integer().unique(),
    autonomie: autonomieEnum(),
    orienteVersStructure: boolean(),
    structureDeRedirection: structureDeRedirectionEnum(),
    precisionsDemarche: text(),
    materiel: materielEnum().array().notNull().default(emptyEnumArray),
    thematiques: thematiqueEnum().array().notNull().default(emptyEnumArray),
    titreAtelier: text(),
    niveau: niveauAtelierEnum(),
    v1CraId: text().unique(),
    v1CraIdPg: integer(),
    v1StructureId: text(),
    v1PermanenceId: text(),
  },
  (t) => [
    index().on(t.modification.desc(), t.id.desc()),
    index().on(t.mediateurId, t.date.desc()),
    index().using("gin", t.thematiques),
    // Recounting a lieu's activités on every CRA must not scan the table.
    index("activites_lieu_actives_idx").on(t.structureId).where(sql`${t.suppression} is null`),
    check("activites_duree_check", sql`${t.duree} > 0`),
    check(
      "activites_lieu_activite_check",
      sql`(${t.typeLieu} = 'lieu_activite') = (${t.structureId} is not null) or ${t.v1CraId} is not null`,
    ),
  ],
);

/** One bénéficiaire in one activité: the unit of statistics. */
export const accompagnements = coop.table(
  "accompagnements",
  {
    id: id(),
    beneficiaireId: uuid()
      .notNull()
      .references(() => beneficiaires.id, { onDelete: "cascade" }),
    activiteId: uuid()
      .notNull()
      .references(() => activites.id, { onDelete: "cascade" }),
    premierAccompagnement: boolean().notNull().default(false),
  },
  (t) => [
    unique("accompagnements_beneficiaire_activite_key").on(t.beneficiaireId, t.activiteId),
    index().on(t.activiteId),
  ],
);

export const tags = coop.table(
  "tags",
  {
    id: id(),
    nom: text().notNull(),
    description: text(),
    departement: text(),
    mediateurId: uuid().references(() => mediateurs.id, { onDelete: "cascade" }),
    coordinateurId: uuid().references(() => coordinateurs.id, { onDelete: "cascade" }),
    equipe: boolean().notNull().default(false),
    ...domainTimestamps(),
  },
  (t) => [
    check("tags_nom_check", sql`char_length(${t.nom}) between 3 and 80`),
    check("tags_description_check", sql`char_length(${t.description}) <= 280`),
  ],
);

export const activiteTags = coop.table(
  "activite_tags",
  {
    activiteId: uuid()
      .notNull()
      .references(() => activites.id, { onDelete: "cascade" }),
    tagId: uuid()
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.activiteId, t.tagId] }), index().on(t.tagId)],
);

export type StructurePartenaire = { nom: string; type: string; typeAutre?: string | null };

export const activitesCoordination = coop.table(
  "activite_coordination",
  {
    id: id(),
    type: typeActiviteCoordinationEnum().notNull(),
    coordinateurId: uuid()
      .notNull()
      .references(() => coordinateurs.id, { onDelete: "cascade" }),
    date: date({ mode: "string" }).notNull(),
    duree: integer(),
    notes: text(),
    echelonTerritorial: echelonTerritorialEnum(),
    nom: text(),
    ...domainTimestamps(),
    mediateurs: integer(),
    structures: integer(),
    autresActeurs: integer(),
    typeAnimation: typeAnimationEnum(),
    typeAnimationAutre: text(),
    initiative: initiativeEnum(),
    thematiquesAnimation: thematiqueAnimationEnum().array().notNull().default(emptyEnumArray),
    thematiqueAnimationAutre: text(),
    participants: integer(),
    typeEvenement: typeEvenementEnum(),
    typeEvenementAutre: text(),
    organisateurs: organisateurEnum().array().notNull().default(emptyEnumArray),
    organisateurAutre: text(),
    naturePartenariat: naturePartenariatEnum().array().notNull().default(emptyEnumArray),
    naturePartenariatAutre: text(),
    structuresPartenaires: jsonb().$type<StructurePartenaire[]>(),
  },
  (t) => [index().on(t.coordinateurId, t.date.desc())],
);

export const activiteCoordinationTags = coop.table(
  "activite_coordination_tags",
  {
    activiteCoordinationId: uuid()
      .notNull()
      .references(() => activitesCoordination.id, { onDelete: "cascade" }),
    tagId: uuid()
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.activiteCoordinationId, t.tagId] })],
);
