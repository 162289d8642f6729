import { type Executor, recordMutation, schema } from "@coop/db";
import { type StructureFormulaireValide, separerSiretRna } from "@coop/domain";
import { colonnesDetail } from "../commun/colonnes.ts";

const { structures } = schema;

/** The columns a validated creation form fills. */
export const valeursStructure = (formulaire: StructureFormulaireValide) => ({
  nom: formulaire.nom,
  adresse: formulaire.adresse.voie,
  commune: formulaire.adresse.commune,
  codePostal: formulaire.adresse.codePostal,
  codeInsee: formulaire.adresse.codeInsee ?? null,
  latitude: formulaire.adresse.latitude ?? null,
  longitude: formulaire.adresse.longitude ?? null,
  banId: formulaire.adresse.banId,
  complementAdresse: formulaire.complementAdresse,
  itinerance: [formulaire.lieuItinerant ? ("Itinérant" as const) : ("Fixe" as const)],
  typologies: formulaire.typologies,
  ...separerSiretRna(formulaire.siret),
  nomUsage: formulaire.nomUsage,
  visiblePourCartographieNationale: formulaire.visiblePourCartographieNationale,
  presentationResume: formulaire.presentationResume,
  presentationDetail: formulaire.presentationDetail,
  formationsLabels: formulaire.formationsLabels,
  siteWeb: formulaire.siteWeb,
  ficheAccesLibre: formulaire.ficheAccesLibre,
  priseRdv: formulaire.priseRdv,
  horaires: formulaire.horaires,
  services: formulaire.services,
  modalitesAccompagnement: formulaire.modalitesAccompagnement,
  modalitesAcces: formulaire.modalitesAcces,
  telephone: formulaire.telephone,
  courriels: formulaire.courriel ? [formulaire.courriel] : [],
  fraisACharge: formulaire.fraisACharge,
  // "Tout public" is the absence of specific publics in the national standard.
  publicsSpecifiquementAdresses: formulaire.toutPublic ? [] : formulaire.publicsSpecifiquementAdresses,
  priseEnChargeSpecifique: formulaire.priseEnChargeSpecifique,
});

/** Creates a structure from the creation form, on behalf of `auteurId`. */
export const creerStructure = async (
  db: Executor,
  auteurId: string,
  formulaire: StructureFormulaireValide,
) => {
  const startedAt = performance.now();
  return db.transaction(async (tx) => {
    const [structure] = await tx
      .insert(structures)
      .values({
        ...valeursStructure(formulaire),
        creationParId: auteurId,
        derniereModificationParId: auteurId,
      })
      .returning(colonnesDetail);
    await recordMutation(tx, {
      userId: auteurId,
      nom: "creer_structure",
      data: { structureId: structure!.id, source: "formulaire" },
      startedAt,
    });
    return structure!;
  });
};
