import { cheminLocal } from "./session.ts";

/** Where the ProConnect button sends a person, coming back to `retour` when it is a path of this site. */
export function adresseProConnect(retour: string | null | undefined): string {
  const chemin = cheminLocal(retour);
  return chemin
    ? `/auth/proconnect/connexion?retour=${encodeURIComponent(chemin)}`
    : "/auth/proconnect/connexion";
}

export type ExplicationErreur = {
  titre: string;
  message: string;
  /** False when trying again cannot help (a deactivated account). */
  reessayable: boolean;
};

const verificationImpossible: ExplicationErreur = {
  titre: "Identité non vérifiée",
  message:
    "Nous n'avons pas pu vérifier les informations envoyées par ProConnect. Recommencez la connexion ; si le problème se répète, attendez quelques minutes.",
  reessayable: true,
};

const proConnectIndisponible: ExplicationErreur = {
  titre: "ProConnect est indisponible",
  message: "Le service ProConnect ne répond pas pour le moment. Réessayez dans quelques minutes.",
  reessayable: true,
};

/** Each `raison` the auth function may send to /connexion/erreur, explained for a person. */
export const explicationsErreur: Readonly<Record<string, ExplicationErreur>> = {
  session_de_connexion_invalide: {
    titre: "Connexion expirée",
    message:
      "Votre tentative de connexion a expiré ou a été ouverte dans un autre onglet. Recommencez depuis la page de connexion.",
    reessayable: true,
  },
  connexion_annulee: {
    titre: "Connexion annulée",
    message: "Vous avez annulé la connexion sur ProConnect. Vous pouvez recommencer quand vous le souhaitez.",
    reessayable: true,
  },
  erreur_fournisseur: {
    titre: "ProConnect a signalé une erreur",
    message: "ProConnect n'a pas pu terminer votre connexion. Réessayez dans quelques instants.",
    reessayable: true,
  },
  code_refused: verificationImpossible,
  invalid_id_token: verificationImpossible,
  invalid_nonce: verificationImpossible,
  invalid_userinfo: verificationImpossible,
  userinfo_refused: verificationImpossible,
  missing_email: {
    titre: "Adresse e-mail manquante",
    message:
      "ProConnect ne nous a pas transmis votre adresse e-mail professionnelle, nécessaire pour ouvrir votre compte. Vérifiez votre compte ProConnect, puis réessayez.",
    reessayable: true,
  },
  provider_unavailable: proConnectIndisponible,
  proconnect_indisponible: proConnectIndisponible,
  trop_de_tentatives: {
    titre: "Trop de tentatives",
    message: "Vous avez essayé de vous connecter trop souvent en peu de temps. Patientez quelques minutes.",
    reessayable: true,
  },
  compte_desactive: {
    titre: "Compte désactivé",
    message:
      "Votre compte La Coop a été désactivé : vous ne pouvez plus vous connecter. Si vous pensez qu'il s'agit d'une erreur, contactez l'équipe de La Coop.",
    reessayable: false,
  },
  lien_invalide: {
    titre: "Lien de connexion expiré",
    message:
      "Ce lien de connexion n'est plus valable : il a déjà servi ou il a expiré. Demandez-en un nouveau depuis la page de connexion.",
    reessayable: true,
  },
};

export const explicationGenerique: ExplicationErreur = {
  titre: "Connexion impossible",
  message: "La connexion n'a pas abouti. Réessayez dans quelques instants.",
  reessayable: true,
};

export const expliquerErreur = (raison: string | null | undefined): ExplicationErreur =>
  (raison && Object.hasOwn(explicationsErreur, raison) ? explicationsErreur[raison] : undefined) ??
  explicationGenerique;

/** A code worth showing to the support team: only plain identifiers, never arbitrary text from the URL. */
export const codeAffichable = (raison: string | null | undefined): string | undefined =>
  raison && /^[a-z_]{1,40}$/.test(raison) ? raison : undefined;
