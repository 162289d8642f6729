import type { EnumValue, thematique, thematiqueAdministrative } from "@coop/domain";

// Free texts of the demo: atelier titles, démarches, notes (short, plain HTML, never sensitive), tags.

type Thematique = EnumValue<typeof thematique>;
type ThematiqueAdministrative = EnumValue<typeof thematiqueAdministrative>;

export const titresAteliers: Partial<Record<Thematique, readonly string[]>> = {
  prendre_en_main_du_materiel: [
    "Découvrir sa tablette",
    "Premiers pas sur smartphone",
    "Bien utiliser son ordinateur",
  ],
  navigation_sur_internet: ["Naviguer sur internet en confiance", "Faire une recherche efficace"],
  email: ["Créer et gérer sa boîte mail", "Envoyer une pièce jointe"],
  bureautique: ["Rédiger un courrier avec un traitement de texte", "Initiation au tableur"],
  reseaux_sociaux: ["Garder le lien avec ses proches en visio", "Comprendre les réseaux sociaux"],
  sante: ["Découvrir Mon espace santé", "Prendre un rendez-vous médical en ligne"],
  banque_et_achats_en_ligne: ["Payer en ligne en sécurité", "Consulter ses comptes en ligne"],
  securite_numerique: ["Reconnaître les arnaques en ligne", "Créer des mots de passe solides"],
  parentalite: ["Accompagner les écrans à la maison", "Contrôle parental : mode d'emploi"],
  scolarite_et_numerique: ["Utiliser l'espace numérique de travail du collège"],
  creer_avec_le_numerique: ["Retoucher ses photos", "Créer un album photo numérique"],
  culture_numerique: ["Café numérique", "Le numérique et l'environnement"],
  intelligence_artificielle: ["Découvrir l'intelligence artificielle", "IA : usages et précautions"],
  insertion_professionnelle: ["Rédiger son CV en ligne", "Préparer un entretien en visio"],
  gere_ses_contenus_numeriques: ["Sauvegarder ses photos et documents", "Ranger ses fichiers"],
  aide_aux_demarches_administratives: ["Les démarches en ligne du quotidien", "Créer son identité numérique"],
};

export const precisionsDemarches: Record<ThematiqueAdministrative, readonly string[]> = {
  papiers_elections_citoyennete: [
    "Pré-demande de carte d'identité",
    "Inscription sur les listes électorales",
  ],
  famille_scolarite: ["Inscription à la cantine", "Demande de bourse scolaire"],
  social_sante: ["Demande de complémentaire santé solidaire", "Création du compte ameli"],
  travail_formation: ["Actualisation France Travail", "Création du compte CPF"],
  logement: ["Demande de logement social", "Demande d'aide au logement"],
  transports_mobilite: ["Demande de carte grise", "Achat d'un abonnement de transport"],
  argent_impots: ["Déclaration de revenus en ligne", "Demande de prime d'activité"],
  justice: ["Demande d'extrait de casier judiciaire"],
  etrangers_europe: ["Renouvellement de titre de séjour"],
  loisirs_sports_culture: ["Inscription à la médiathèque en ligne", "Réservation d'une activité sportive"],
  associations: ["Déclaration de modification d'association"],
};

export const notesActivites: readonly string[] = [
  "<p>Première prise en main, à revoir la semaine prochaine.</p>",
  "<p>Bonne progression, la personne est de plus en plus autonome.</p>",
  "<p>Prévoir un rendez-vous de suivi pour finaliser la démarche.</p>",
  "<p>Le matériel de la personne était très lent, conseils de nettoyage donnés.</p>",
  "<p>Groupe dynamique, beaucoup de questions sur la sécurité.</p>",
  "<p>Documents à apporter la prochaine fois : justificatif de domicile.</p>",
  "<p>Atelier complet, prévoir une deuxième session.</p>",
  "<p>Orientation proposée vers un atelier collectif.</p>",
];

export const notesBeneficiaires: readonly string[] = [
  "<p>Préfère les rendez-vous le matin.</p>",
  "<p>Souhaite apprendre à utiliser sa tablette.</p>",
  "<p>Vient souvent avec sa fille.</p>",
  "<p>A besoin de grands caractères à l'écran.</p>",
];

export const tagsNationaux: readonly { nom: string; description: string }[] = [
  { nom: "Pass numérique", description: "Accompagnement financé par un Pass numérique" },
  { nom: "Semaine du numérique", description: "Actions menées pendant la semaine nationale du numérique" },
  { nom: "Mon espace santé", description: "Accompagnements autour de Mon espace santé" },
];

export const tagDepartemental = { nom: "Réseau numérique Gironde", departement: "33" };
export const tagEquipe = { nom: "Quartiers connectés", description: "Projet de l'équipe dans les quartiers" };

export const tagsPersonnels: readonly string[] = [
  "Rendez-vous prescrit CCAS",
  "Public seniors",
  "Permanence du samedi",
  "Suivi long",
  "Orientation France Travail",
  "Atelier parents",
];
