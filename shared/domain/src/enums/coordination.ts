import { defineEnum } from "../enum.ts";

export const typeActiviteCoordination = defineEnum({
  animation: "Animation",
  evenement: "Événement",
  partenariat: "Partenariat",
});

export const typeAnimation = defineEnum({
  assemblee: "Assemblée / présentation officielle (Ex : conseil municipal…)",
  comite: "Comité technique / de pilotage",
  groupe_de_travail: "Groupe de travail",
  echange: "Moment d'échange / aide / soutien",
  reunion_coordination: "Réunion de coordination",
  webinaire: "Webinaire",
  autre: "Autre",
});

export const initiative = defineEnum({
  initiative: "Intervention à mon initiative",
  demande: "Réponse à un besoin/une problématique",
});

export const thematiqueAnimation = defineEnum({
  partage: "Échanges de bonnes pratiques / partage d'informations",
  reseau: "Maillage territorial - faire réseau / créer du lien",
  soutien: "Soutien technique et/ou organisationnel",
  professionnel: "Projet / Parcours professionnel",
  rh: "Soutien RH auprès des structures",
  autre: "Autre thématique",
});

export const typeEvenement = defineEnum({
  grand_public: "Évènement grand public",
  national: "Évènement national",
  inclusion_numerique: "Journée d'inclusion numérique",
  nec_local: "NEC local",
  autre: "Autre",
});

export const organisateur = defineEnum({
  ma_structure: "Ma structure (moi - même)",
  commune: "Commune",
  epci: "EPCI",
  departement: "Département",
  region: "Région",
  association: "Association",
  entreprise: "Entreprise",
  hub: "Hub",
  etat: "État (Préfecture, ANCT, Opérateur...)",
  groupement: "Un groupement (Syndicat mixte, consortium...)",
  autre: "Autre",
});

export const echelonTerritorial = defineEnum({
  communal: "Communal",
  intercommunal: "Intercommunal",
  departemental: "Départemental",
  regional: "Régional",
  national: "National",
});

export const naturePartenariat = defineEnum({
  parcours_usager: "Conception de parcours usager",
  subvention: "Recherche de subvention",
  coordination_departementale: "Journée de coordination départementale",
  rdv_elu: "Rendez-vous avec un·e élu·e",
  autre: "Autre",
});
