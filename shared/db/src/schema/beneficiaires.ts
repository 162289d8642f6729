import { sql } from "drizzle-orm";
import { boolean, check, index, integer, text, uuid } from "drizzle-orm/pg-core";
import { domainTimestamps, id, timestamptz } from "./columns.ts";
import { coop } from "./coop.ts";
import { genreEnum, statutSocialEnum, trancheAgeEnum } from "./enums.ts";
import { mediateurs } from "./mediateurs.ts";

export const beneficiaires = coop.table(
  "beneficiaires",
  {
    id: id(),
    mediateurId: uuid()
      .notNull()
      .references(() => mediateurs.id, { onDelete: "cascade" }),
    anonyme: boolean().notNull().default(false),
    attributionsAleatoires: boolean().notNull().default(false),
    v1Imported: timestamptz(),
    prenom: text(),
    nom: text(),
    telephone: text(),
    pasDeTelephone: boolean(),
    email: text(),
    anneeNaissance: integer(),
    adresse: text(),
    commune: text(),
    communeCodePostal: text(),
    communeCodeInsee: text(),
    genre: genreEnum(),
    trancheAge: trancheAgeEnum(),
    statutSocial: statutSocialEnum(),
    notes: text(),
    import: timestamptz(),
    ...domainTimestamps(),
    fusionVersId: uuid(),
    accompagnementsCount: integer().notNull().default(0),
    rdvServicePublicId: integer(),
    rdvUserId: integer(),
  },
  (t) => [
    index().on(t.mediateurId, t.suppression),
    index().on(t.mediateurId, t.nom, t.prenom),
    // The médiateur's identified, current bénéficiaires: lists, counters, duplicates.
    index("beneficiaires_suivis_idx")
      .on(t.mediateurId)
      .where(sql`${t.anonyme} = false and ${t.suppression} is null`),
    check("beneficiaires_annee_naissance_check", sql`${t.anneeNaissance} between 1900 and 2200`),
  ],
);
