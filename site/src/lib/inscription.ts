/** Steps of the inscription, as `GET /auth/inscription` names them. */
export type Etape =
  | "choisir-role"
  | "verifier-informations"
  | "structure-employeuse"
  | "lieux-activite"
  | "recapitulatif"
  | "terminee";

export type EtapeFormulaire = Exclude<Etape, "terminee">;

export type Profil = "mediateur" | "coordinateur";

export type EtatInscription = {
  etape: Etape;
  utilisateur: {
    email: string;
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
    siret: string | null;
    isConseillerNumerique: boolean;
    profilInscription: string | null;
    acceptationCgu: string | boolean | null;
  };
  roles: { mediateur: boolean; coordinateur: boolean };
};

export type Initialisation = { etape: Etape; dataspace?: "indisponible"; message?: string };

/** A structure as the structures function lists it (search results, lieux, employer). */
export type Structure = {
  id: string;
  nom: string;
  adresse?: string | null;
  commune?: string | null;
  codePostal?: string | null;
  siret?: string | null;
  typologies?: string[] | null;
};

/** A company found by SIRET in "Recherche d'entreprises". */
export type Entreprise = {
  siret: string;
  siren: string;
  nom: string;
  adresse: string;
  codePostal: string;
  commune: string;
  codeInsee?: string;
  actif: boolean;
};

export const titresEtapes: Readonly<Record<EtapeFormulaire, string>> = {
  "choisir-role": "Choisir votre rôle",
  "verifier-informations": "Vérifier vos informations",
  "structure-employeuse": "Votre structure employeuse",
  "lieux-activite": "Vos lieux d'activité",
  recapitulatif: "Récapitulatif",
};

export const libellesProfils: Readonly<Record<Profil, string>> = {
  mediateur: "Médiateur·rice numérique",
  coordinateur: "Coordinateur·rice",
};

/** The profile a person is signing up with: their choice, else what the server already knows. */
export function profilDe(etat: EtatInscription, choix?: Profil): Profil | undefined {
  if (choix) return choix;
  const profil = etat.utilisateur.profilInscription;
  if (profil === "mediateur" || profil === "conseiller-numerique") return "mediateur";
  if (profil === "coordinateur" || profil === "coordinateur-conseiller-numerique") return "coordinateur";
  if (etat.roles.coordinateur && !etat.roles.mediateur) return "coordinateur";
  if (etat.roles.mediateur) return "mediateur";
  return undefined;
}

/** Coordinators without a mediator role skip the lieux d'activité. */
export function etapesPour(etat: EtatInscription, choix?: Profil): EtapeFormulaire[] {
  const avecLieux = etat.roles.mediateur || profilDe(etat, choix) !== "coordinateur";
  return [
    "choisir-role",
    "verifier-informations",
    "structure-employeuse",
    ...(avecLieux ? (["lieux-activite"] as const) : []),
    "recapitulatif",
  ];
}

/** "12 rue X, 33000 Bordeaux" from whatever parts the structure has (some addresses already end so). */
export function adresseComplete(lieu: {
  adresse?: string | null;
  codePostal?: string | null;
  commune?: string | null;
}): string {
  const ville = [lieu.codePostal, lieu.commune].filter(Boolean).join(" ");
  if (lieu.adresse && lieu.codePostal && lieu.adresse.includes(lieu.codePostal)) return lieu.adresse;
  return [lieu.adresse, ville].filter(Boolean).join(", ");
}
