import { defineEnum } from "../enum.ts";

export const typeActivite = defineEnum({
  individuel: "Accompagnement individuel",
  collectif: "Atelier collectif",
});

export const typeActivitePluriel = {
  individuel: "Accompagnements individuels",
  collectif: "Participants aux ateliers",
} as const satisfies Record<(typeof typeActivite.values)[number], string>;

export const typeLieu = defineEnum({
  lieu_activite: "Lieu d'activité",
  domicile: "À domicile",
  a_distance: "À distance",
  autre: "Autre lieu",
});

export const materiel = defineEnum({
  ordinateur: "Ordinateur",
  telephone: "Téléphone",
  tablette: "Tablette",
  autre: "Autre",
  aucun: "Pas de matériel",
});

export const thematiqueNonAdministrative = defineEnum({
  diagnostic_numerique: "Diagnostic numérique",
  prendre_en_main_du_materiel: "Prendre en main du matériel",
  maintenance_de_materiel: "Maintenance de matériel",
  gere_ses_contenus_numeriques: "Gérer ses contenus numériques",
  navigation_sur_internet: "Navigation sur internet",
  email: "E-mail",
  bureautique: "Bureautique",
  reseaux_sociaux: "Réseaux sociaux communication",
  sante: "Santé",
  banque_et_achats_en_ligne: "Banque et achats en ligne",
  entrepreneuriat: "Accompagner un professionnel",
  insertion_professionnelle: "Insertion professionnelle",
  securite_numerique: "Prévention en sécurité numérique",
  parentalite: "Parentalité",
  scolarite_et_numerique: "Scolarité et numérique",
  creer_avec_le_numerique: "Créer avec le numérique",
  culture_numerique: "Culture numérique",
  intelligence_artificielle: "Intelligence artificielle (IA)",
  aide_aux_demarches_administratives: "Aide aux démarches administratives",
});

/** Only allowed alongside the `aide_aux_demarches_administratives` thématique. */
export const thematiqueAdministrative = defineEnum({
  papiers_elections_citoyennete: "Papiers - Élections - Citoyenneté",
  famille_scolarite: "Famille - Scolarité",
  social_sante: "Social - Santé",
  travail_formation: "Travail - Formation - Entreprise",
  logement: "Logement",
  transports_mobilite: "Transports - Mobilité",
  argent_impots: "Argent - Impôts",
  justice: "Justice",
  etrangers_europe: "Étrangers - Europe",
  loisirs_sports_culture: "Loisirs - Sports - Culture",
  associations: "Associations",
});

/** The database `thematique` enum: both families in one column. */
export const thematique = defineEnum({
  ...thematiqueNonAdministrative.labels,
  ...thematiqueAdministrative.labels,
});

export const autonomie = defineEnum({
  entierement_accompagne: "Avec guidage",
  partiellement_autonome: "Autonome avec guidage en cas de besoin",
  autonome: "Autonome",
});

export const structureDeRedirection = defineEnum({
  administration: "Administration (mairie, préfecture…)",
  mediation_numerique: "Autre structure de médiation numérique",
  operateur_ou_organisme_en_charge: "Opérateur ou organisme en charge de la démarche administrative",
  aide_sociale: "Structure d'aide sociale (maison des solidarités, centre social…)",
  insertion_professionnelle:
    "Structure d'insertion professionnelle (France Travail, mission locale, chambre de commerce…)",
  aide_aux_demarches_administratives: "Structure d'aide aux démarches administratives (France Services…)",
  autre: "Autre",
});

export const niveauAtelier = defineEnum({
  debutant: "Débutant",
  intermediaire: "Intermédiaire",
  avance: "Avancé",
});
