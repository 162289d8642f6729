import {
  apiClientScope,
  autonomie,
  dispositifProgrammeNational,
  echelonTerritorial,
  formationLabel,
  fraisACharge,
  genre,
  initiative,
  itinerance,
  materiel,
  modaliteAcces,
  modaliteAccompagnement,
  mutationName,
  naturePartenariat,
  niveauAtelier,
  onboardingStatus,
  organisateur,
  priseEnChargeSpecifique,
  profilInscription,
  publicSpecifiquementAdresse,
  service,
  statutSocial,
  structureDeRedirection,
  thematique,
  thematiqueAnimation,
  trancheAge,
  typeActivite,
  typeActiviteCoordination,
  typeAnimation,
  typeEvenement,
  typeLieu,
  userFeatureFlag,
  userRole,
} from "@coop/domain";
import { coop } from "./coop.ts";

// Database enums: values come from shared/domain, the single source of truth.
export const userRoleEnum = coop.enum("user_role", userRole.values);
export const userFeatureFlagEnum = coop.enum("user_feature_flag", userFeatureFlag.values);
export const apiClientScopeEnum = coop.enum("api_client_scope", apiClientScope.values);
export const onboardingStatusEnum = coop.enum("onboarding_status", onboardingStatus.values);
export const profilInscriptionEnum = coop.enum("profil_inscription", profilInscription.values);

export const typeActiviteEnum = coop.enum("type_activite", typeActivite.values);
export const typeLieuEnum = coop.enum("type_lieu", typeLieu.values);
export const materielEnum = coop.enum("materiel", materiel.values);
export const thematiqueEnum = coop.enum("thematique", thematique.values);
export const autonomieEnum = coop.enum("autonomie", autonomie.values);
export const structureDeRedirectionEnum = coop.enum(
  "structure_de_redirection",
  structureDeRedirection.values,
);
export const niveauAtelierEnum = coop.enum("niveau_atelier", niveauAtelier.values);

export const genreEnum = coop.enum("genre", genre.values);
export const trancheAgeEnum = coop.enum("tranche_age", trancheAge.values);
export const statutSocialEnum = coop.enum("statut_social", statutSocial.values);

export const typeActiviteCoordinationEnum = coop.enum(
  "type_activite_coordination",
  typeActiviteCoordination.values,
);
export const typeAnimationEnum = coop.enum("type_animation", typeAnimation.values);
export const initiativeEnum = coop.enum("initiative", initiative.values);
export const thematiqueAnimationEnum = coop.enum("thematique_animation", thematiqueAnimation.values);
export const typeEvenementEnum = coop.enum("type_evenement", typeEvenement.values);
export const organisateurEnum = coop.enum("organisateur", organisateur.values);
export const echelonTerritorialEnum = coop.enum("echelon_territorial", echelonTerritorial.values);
export const naturePartenariatEnum = coop.enum("nature_partenariat", naturePartenariat.values);

export const serviceEnum = coop.enum("service", service.values);
export const publicSpecifiquementAdresseEnum = coop.enum(
  "public_specifiquement_adresse",
  publicSpecifiquementAdresse.values,
);
export const priseEnChargeSpecifiqueEnum = coop.enum(
  "prise_en_charge_specifique",
  priseEnChargeSpecifique.values,
);
export const fraisAChargeEnum = coop.enum("frais_a_charge", fraisACharge.values);
export const dispositifProgrammeNationalEnum = coop.enum(
  "dispositif_programme_national",
  dispositifProgrammeNational.values,
);
export const formationLabelEnum = coop.enum("formation_label", formationLabel.values);
export const itineranceEnum = coop.enum("itinerance", itinerance.values);
export const modaliteAccesEnum = coop.enum("modalite_acces", modaliteAcces.values);
export const modaliteAccompagnementEnum = coop.enum("modalite_accompagnement", modaliteAccompagnement.values);

export const mutationNameEnum = coop.enum("mutation_name", mutationName.values);
