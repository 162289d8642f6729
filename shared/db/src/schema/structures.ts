import { sql } from "drizzle-orm";
import { boolean, check, date, doublePrecision, index, integer, text, uuid } from "drizzle-orm/pg-core";
import { domainTimestamps, id, textArray, timestamptz } from "./columns.ts";
import { coop } from "./coop.ts";
import {
  dispositifProgrammeNationalEnum,
  formationLabelEnum,
  fraisAChargeEnum,
  itineranceEnum,
  modaliteAccesEnum,
  modaliteAccompagnementEnum,
  priseEnChargeSpecifiqueEnum,
  publicSpecifiquementAdresseEnum,
  serviceEnum,
} from "./enums.ts";
import { users } from "./users.ts";

const emptyEnumArray = sql`'{}'`;

export const structures = coop.table(
  "structures",
  {
    id: id(),
    idCartographieNationale: text().unique(),
    ...domainTimestamps(),
    creationParId: uuid().references(() => users.id, { onDelete: "set null" }),
    derniereModificationParId: uuid().references(() => users.id, { onDelete: "set null" }),
    derniereModificationSource: text(),
    suppressionParId: uuid().references(() => users.id, { onDelete: "set null" }),
    nom: text().notNull(),
    adresse: text().notNull(),
    commune: text().notNull(),
    codePostal: text().notNull(),
    codeInsee: text(),
    complementAdresse: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    banId: text(),
    siret: text(),
    rna: text(),
    nomUsage: text(),
    synchronisationSiret: timestamptz(),
    visiblePourCartographieNationale: boolean().notNull().default(false),
    typologies: textArray(),
    presentationResume: text(),
    presentationDetail: text(),
    siteWeb: text(),
    telephone: text(),
    courriels: textArray(),
    ficheAccesLibre: text(),
    horaires: text(),
    priseRdv: text(),
    structureParente: uuid(),
    services: serviceEnum().array().notNull().default(emptyEnumArray),
    publicsSpecifiquementAdresses: publicSpecifiquementAdresseEnum()
      .array()
      .notNull()
      .default(emptyEnumArray),
    priseEnChargeSpecifique: priseEnChargeSpecifiqueEnum().array().notNull().default(emptyEnumArray),
    fraisACharge: fraisAChargeEnum().array().notNull().default(emptyEnumArray),
    dispositifProgrammesNationaux: dispositifProgrammeNationalEnum()
      .array()
      .notNull()
      .default(emptyEnumArray),
    formationsLabels: formationLabelEnum().array().notNull().default(emptyEnumArray),
    autresFormationsLabels: textArray(),
    itinerance: itineranceEnum().array().notNull().default(emptyEnumArray),
    modalitesAcces: modaliteAccesEnum().array().notNull().default(emptyEnumArray),
    modalitesAccompagnement: modaliteAccompagnementEnum().array().notNull().default(emptyEnumArray),
    nomReferent: text(),
    courrielReferent: text(),
    telephoneReferent: text(),
    v1Imported: timestamptz(),
    v1StructureId: text(),
    v1StructureIdPg: integer(),
    v1PermanenceId: text(),
    activitesCount: integer().notNull().default(0),
  },
  (t) => [
    index().on(t.creation.desc(), t.id.desc()),
    index().on(t.modification.desc(), t.id.desc()),
    index().on(t.siret),
    index().on(t.codeInsee),
    check("structures_code_postal_check", sql`${t.codePostal} ~ '^[0-9]{5}$'`),
    check("structures_presentation_resume_check", sql`char_length(${t.presentationResume}) <= 280`),
    check(
      "structures_derniere_modification_check",
      sql`${t.derniereModificationParId} is null or ${t.derniereModificationSource} is null`,
    ),
  ],
);

/** Employment of a user by a structure. Active = no suppression and no fin_emploi. */
export const employesStructures = coop.table(
  "employes_structures",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    structureId: uuid()
      .notNull()
      .references(() => structures.id, { onDelete: "cascade" }),
    debutEmploi: date({ mode: "string" }),
    finEmploi: date({ mode: "string" }),
    ...domainTimestamps(),
    creationParId: uuid().references(() => users.id, { onDelete: "set null" }),
    modificationParId: uuid().references(() => users.id, { onDelete: "set null" }),
    suppressionParId: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.userId), index().on(t.structureId)],
);
