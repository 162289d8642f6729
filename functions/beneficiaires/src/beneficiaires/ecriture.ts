import { type Executor, recalculerCompteurs, recordMutation, schema } from "@coop/db";
import type { BeneficiaireFormulaireValide } from "@coop/domain";
import { ApiError } from "@coop/http";
import { communeParInsee } from "@coop/referentiel";
import { and, eq, sql } from "drizzle-orm";
import { beneficiaireIntrouvable, suivisDe } from "./portee.ts";

const { beneficiaires, mediateurs } = schema;

export type Auteur = { userId: string; mediateurId: string };

/**
 * The commune columns of a picked commune, checked against the référentiel: a known INSEE code and
 * one of its postal codes. The référentiel's spelling of the name is kept.
 */
export const colonnesCommune = async (commune: BeneficiaireFormulaireValide["commune"]) => {
  if (!commune) return { commune: null, communeCodePostal: null, communeCodeInsee: null };
  const connue = await communeParInsee(commune.codeInsee);
  if (!connue) {
    throw new ApiError("validation_error", {
      fields: { "commune.codeInsee": "Cette commune est inconnue : choisissez-la parmi les propositions." },
    });
  }
  if (!connue.codesPostaux.includes(commune.codePostal)) {
    throw new ApiError("validation_error", {
      fields: {
        "commune.codePostal": `Le code postal ${commune.codePostal} n'est pas celui de ${connue.nom}.`,
      },
    });
  }
  return { commune: connue.nom, communeCodePostal: commune.codePostal, communeCodeInsee: connue.codeInsee };
};

/** The columns a validated form fills. */
const colonnesFormulaire = async (formulaire: BeneficiaireFormulaireValide) => ({
  prenom: formulaire.prenom,
  nom: formulaire.nom,
  anneeNaissance: formulaire.anneeNaissance,
  telephone: formulaire.telephone,
  pasDeTelephone: formulaire.pasDeTelephone,
  email: formulaire.email,
  adresse: formulaire.adresse,
  ...(await colonnesCommune(formulaire.commune)),
  genre: formulaire.genre,
  trancheAge: formulaire.trancheAge,
  statutSocial: formulaire.statutSocial,
  notes: formulaire.notes,
});

/** After bénéficiaires were created: exact counter, date of the latest creation. */
export const apresCreation = async (tx: Executor, mediateurId: string) => {
  await recalculerCompteurs(tx, { mediateurId });
  await tx
    .update(mediateurs)
    .set({ derniereCreationBeneficiaire: sql`now()` })
    .where(eq(mediateurs.id, mediateurId));
};

/** Creates a bénéficiaire of the médiateur; returns its id. */
export const creerBeneficiaire = async (
  db: Executor,
  { userId, mediateurId }: Auteur,
  formulaire: BeneficiaireFormulaireValide,
) => {
  const startedAt = performance.now();
  const valeurs = await colonnesFormulaire(formulaire);
  return db.transaction(async (tx) => {
    const [cree] = await tx
      .insert(beneficiaires)
      .values({ ...valeurs, mediateurId })
      .returning({ id: beneficiaires.id });
    await apresCreation(tx, mediateurId);
    await recordMutation(tx, {
      userId,
      nom: "creer_beneficiaire",
      data: { mediateurId, beneficiaireId: cree!.id },
      startedAt,
    });
    return cree!.id;
  });
};

/** Replaces the form's fields of one of the médiateur's bénéficiaires (404 for any other). */
export const modifierBeneficiaire = async (
  db: Executor,
  { userId, mediateurId }: Auteur,
  beneficiaireId: string,
  formulaire: BeneficiaireFormulaireValide,
) => {
  const startedAt = performance.now();
  const valeurs = await colonnesFormulaire(formulaire);
  await db.transaction(async (tx) => {
    const modifies = await tx
      .update(beneficiaires)
      .set({ ...valeurs, modification: sql`now()` })
      .where(and(suivisDe(mediateurId), eq(beneficiaires.id, beneficiaireId)))
      .returning({ id: beneficiaires.id });
    if (modifies.length === 0) throw beneficiaireIntrouvable();
    await recordMutation(tx, {
      userId,
      nom: "modifier_beneficiaire",
      data: { mediateurId, beneficiaireId },
      startedAt,
    });
  });
};
