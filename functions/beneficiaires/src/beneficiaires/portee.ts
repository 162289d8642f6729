import { schema } from "@coop/db";
import { ApiError } from "@coop/http";
import { and, eq, isNull, type SQL } from "drizzle-orm";

const { beneficiaires } = schema;

/**
 * The médiateur's identified, non-deleted bénéficiaires: the only ones this function lists, reads or
 * changes. Every query starts from this condition, so another médiateur's bénéficiaire, an anonymous
 * one or a deleted one is simply not found (404, never 403: its existence stays hidden).
 */
export const suivisDe = (mediateurId: string): SQL =>
  and(
    eq(beneficiaires.mediateurId, mediateurId),
    eq(beneficiaires.anonyme, false),
    isNull(beneficiaires.suppression),
  )!;

export const beneficiaireIntrouvable = () =>
  new ApiError("not_found", { message: "Ce bénéficiaire est introuvable." });

/** A bénéficiaire in lists and pickers. */
export const colonnesListe = {
  id: beneficiaires.id,
  prenom: beneficiaires.prenom,
  nom: beneficiaires.nom,
  anneeNaissance: beneficiaires.anneeNaissance,
  commune: beneficiaires.commune,
  communeCodePostal: beneficiaires.communeCodePostal,
  telephone: beneficiaires.telephone,
  email: beneficiaires.email,
  accompagnementsCount: beneficiaires.accompagnementsCount,
  creation: beneficiaires.creation,
};

/** A bénéficiaire's page: every field of the form, plus its dates and counter. */
export const colonnesDetail = {
  ...colonnesListe,
  pasDeTelephone: beneficiaires.pasDeTelephone,
  adresse: beneficiaires.adresse,
  communeCodeInsee: beneficiaires.communeCodeInsee,
  genre: beneficiaires.genre,
  trancheAge: beneficiaires.trancheAge,
  statutSocial: beneficiaires.statutSocial,
  notes: beneficiaires.notes,
  import: beneficiaires.import,
  modification: beneficiaires.modification,
};
