import { schema } from "@coop/db";

const { structures } = schema;

/** A structure in lists and pickers (search results, employer, lieux d'activité). */
export const colonnesResume = {
  id: structures.id,
  nom: structures.nom,
  nomUsage: structures.nomUsage,
  adresse: structures.adresse,
  complementAdresse: structures.complementAdresse,
  commune: structures.commune,
  codePostal: structures.codePostal,
  codeInsee: structures.codeInsee,
  siret: structures.siret,
  rna: structures.rna,
  typologies: structures.typologies,
};

/** A structure's page: everything the creation form sets, plus its dates. */
export const colonnesDetail = {
  ...colonnesResume,
  latitude: structures.latitude,
  longitude: structures.longitude,
  banId: structures.banId,
  visiblePourCartographieNationale: structures.visiblePourCartographieNationale,
  presentationResume: structures.presentationResume,
  presentationDetail: structures.presentationDetail,
  siteWeb: structures.siteWeb,
  telephone: structures.telephone,
  courriels: structures.courriels,
  ficheAccesLibre: structures.ficheAccesLibre,
  horaires: structures.horaires,
  priseRdv: structures.priseRdv,
  itinerance: structures.itinerance,
  services: structures.services,
  modalitesAcces: structures.modalitesAcces,
  modalitesAccompagnement: structures.modalitesAccompagnement,
  fraisACharge: structures.fraisACharge,
  publicsSpecifiquementAdresses: structures.publicsSpecifiquementAdresses,
  priseEnChargeSpecifique: structures.priseEnChargeSpecifique,
  formationsLabels: structures.formationsLabels,
  dispositifProgrammesNationaux: structures.dispositifProgrammesNationaux,
  creation: structures.creation,
  modification: structures.modification,
};
