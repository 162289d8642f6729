import { boolean, date, index, integer, text, unique, uuid } from "drizzle-orm/pg-core";
import { domainTimestamps, id, textArray, timestamptz } from "./columns.ts";
import { coop } from "./coop.ts";
import { structures } from "./structures.ts";
import { users } from "./users.ts";

export const mediateurs = coop.table("mediateurs", {
  id: id(),
  userId: uuid()
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: "cascade" }),
  creation: timestamptz().notNull().defaultNow(),
  modification: timestamptz().notNull().defaultNow(),
  isVisible: boolean().notNull().default(false),
  activitesCount: integer().notNull().default(0),
  accompagnementsCount: integer().notNull().default(0),
  beneficiairesCount: integer().notNull().default(0),
  derniereCreationActivite: timestamptz(),
  derniereCreationBeneficiaire: timestamptz(),
});

export const coordinateurs = coop.table("coordinateurs", {
  id: id(),
  userId: uuid()
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: "cascade" }),
  creation: timestamptz().notNull().defaultNow(),
  modification: timestamptz().notNull().defaultNow(),
  autresConseillersV1Coordonnes: textArray(),
  derniereCreationActivite: timestamptz(),
});

/** A coordinator's team; a non-null suppression keeps a former member as archive. */
export const mediateursCoordonnes = coop.table(
  "mediateurs_coordonnes",
  {
    id: id(),
    mediateurId: uuid()
      .notNull()
      .references(() => mediateurs.id, { onDelete: "cascade" }),
    coordinateurId: uuid()
      .notNull()
      .references(() => coordinateurs.id, { onDelete: "cascade" }),
    ...domainTimestamps(),
  },
  (t) => [index().on(t.coordinateurId), index().on(t.mediateurId)],
);

export const invitationsEquipes = coop.table(
  "invitations_equipes",
  {
    id: id(),
    email: text().notNull(),
    coordinateurId: uuid()
      .notNull()
      .references(() => coordinateurs.id, { onDelete: "cascade" }),
    mediateurId: uuid().references(() => mediateurs.id, { onDelete: "cascade" }),
    creation: timestamptz().notNull().defaultNow(),
    acceptee: timestamptz(),
    refusee: timestamptz(),
    renvoyee: timestamptz(),
  },
  (t) => [unique("invitations_equipes_email_coordinateur_key").on(t.email, t.coordinateurId)],
);

/** A médiateur's lieu d'activité. Active = no suppression and no fin_activite. */
export const mediateursEnActivite = coop.table(
  "mediateurs_en_activite",
  {
    id: id(),
    mediateurId: uuid()
      .notNull()
      .references(() => mediateurs.id, { onDelete: "cascade" }),
    structureId: uuid()
      .notNull()
      .references(() => structures.id, { onDelete: "cascade" }),
    debutActivite: date({ mode: "string" }).notNull(),
    finActivite: date({ mode: "string" }),
    ...domainTimestamps(),
    creationParId: uuid().references(() => users.id, { onDelete: "set null" }),
    modificationParId: uuid().references(() => users.id, { onDelete: "set null" }),
    suppressionParId: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.mediateurId), index().on(t.structureId)],
);
