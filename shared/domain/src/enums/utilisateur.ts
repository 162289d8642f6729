import { defineEnum } from "../enum.ts";

export const userRole = defineEnum({
  user: "Utilisateur",
  support: "Support",
  admin: "Administrateur",
});

export const userFeatureFlag = defineEnum({ assistant: "Assistant" });

export const apiClientScope = defineEnum({
  statistiques: "Statistiques",
  activites: "Activités",
  structures: "Structures",
  lieux_activite: "Lieux d'activité",
  utilisateurs: "Utilisateurs",
});

export const onboardingStatus = defineEnum({
  reminder_j7_sent: "Relance J+7 envoyée (inscription en cours)",
  reminder_j30_sent: "Relance J+30 envoyée (inscription en cours)",
  reminder_j60_sent: "Relance J+60 envoyée (inscription en cours)",
  nouveau_j7_sent: "Relance J+7 envoyée (nouveau)",
  nouveau_j30_sent: "Relance J+30 envoyée (nouveau)",
  nouveau_j60_sent: "Relance J+60 envoyée (nouveau)",
  warning_j90_sent: "Avertissement J+90 envoyé",
});

export const profilInscription = defineEnum({
  mediateur: "Médiateur·rice numérique",
  coordinateur: "Coordinateur·rice",
  "conseiller-numerique": "Conseiller·ère numérique",
  "coordinateur-conseiller-numerique": "Coordinateur·rice de conseillers numériques",
});
