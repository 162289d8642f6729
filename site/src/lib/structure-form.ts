// Enumerations of the national lieux standard, declared once in shared/domain (pure data, no server code).
import {
  fraisACharge,
  modaliteAcces,
  modaliteAccompagnement,
  priseEnChargeSpecifique,
  publicSpecifiquementAdresse,
  service,
} from "@coop/domain/enums";
import type { FieldErrors } from "./api.ts";
import { normaliserSiret, siretValide } from "./siret.ts";

/**
 * The structure creation form (`POST /structures`): each form field → the name the server uses for it,
 * in its JSON body and in the `fields` of its 400 answers. Rename a field here only.
 */
export const champsStructure = {
  nom: "nom",
  typologies: "typologies",
  siret: "siret",
  adresse: "adresse",
  complementAdresse: "complementAdresse",
  codePostal: "codePostal",
  commune: "commune",
  codeInsee: "codeInsee",
  visiblePourCartographieNationale: "visiblePourCartographieNationale",
  services: "services",
  modalitesAccompagnement: "modalitesAccompagnement",
  presentationResume: "presentationResume",
  presentationDetail: "presentationDetail",
  siteWeb: "siteWeb",
  ficheAccesLibre: "ficheAccesLibre",
  priseRdv: "priseRdv",
  modalitesAcces: "modalitesAcces",
  telephone: "telephone",
  courriels: "courriels",
  fraisACharge: "fraisACharge",
  publicsSpecifiquementAdresses: "publicsSpecifiquementAdresses",
  priseEnChargeSpecifique: "priseEnChargeSpecifique",
} as const;

export type ChampStructure = keyof typeof champsStructure;

/** Labels of the form's fields, also used by the error summary. */
export const libellesStructure: Readonly<Record<ChampStructure, string>> = {
  nom: "Nom du lieu",
  typologies: "Type de structure",
  siret: "SIRET ou RNA",
  adresse: "Numéro et rue",
  complementAdresse: "Complément d'adresse",
  codePostal: "Code postal",
  commune: "Commune",
  codeInsee: "Code INSEE de la commune",
  visiblePourCartographieNationale: "Visibilité sur la cartographie nationale",
  services: "Services proposés",
  modalitesAccompagnement: "Façons d'accompagner",
  presentationResume: "Présentation courte",
  presentationDetail: "Présentation détaillée",
  siteWeb: "Site web",
  ficheAccesLibre: "Fiche Acceslibre",
  priseRdv: "Lien de prise de rendez-vous",
  modalitesAcces: "Comment venir",
  telephone: "Téléphone",
  courriels: "Adresse e-mail de contact",
  fraisACharge: "Frais à la charge du public",
  publicsSpecifiquementAdresses: "Publics spécifiquement accueillis",
  priseEnChargeSpecifique: "Accompagnements adaptés",
};

/** What the form holds. `courriels` is one address in the form, a list for the server. */
export type ValeursStructure = {
  nom: string;
  typologies: string[];
  siret: string;
  adresse: string;
  complementAdresse: string;
  codePostal: string;
  commune: string;
  codeInsee: string;
  visiblePourCartographieNationale: boolean;
  services: string[];
  modalitesAccompagnement: string[];
  presentationResume: string;
  presentationDetail: string;
  siteWeb: string;
  ficheAccesLibre: string;
  priseRdv: string;
  modalitesAcces: string[];
  telephone: string;
  courriels: string;
  fraisACharge: string[];
  publicsSpecifiquementAdresses: string[];
  priseEnChargeSpecifique: string[];
};

export const structureVide = (): ValeursStructure => ({
  nom: "",
  typologies: [],
  siret: "",
  adresse: "",
  complementAdresse: "",
  codePostal: "",
  commune: "",
  codeInsee: "",
  visiblePourCartographieNationale: false,
  services: [],
  modalitesAccompagnement: [],
  presentationResume: "",
  presentationDetail: "",
  siteWeb: "",
  ficheAccesLibre: "",
  priseRdv: "",
  modalitesAcces: [],
  telephone: "",
  courriels: "",
  fraisACharge: [],
  publicsSpecifiquementAdresses: [],
  priseEnChargeSpecifique: [],
});

/** Fields shown (and sent) only for a lieu published on the national map. */
const champsCartographie: readonly ChampStructure[] = [
  "services",
  "modalitesAccompagnement",
  "presentationResume",
  "presentationDetail",
  "siteWeb",
  "ficheAccesLibre",
  "priseRdv",
  "modalitesAcces",
  "telephone",
  "courriels",
  "fraisACharge",
  "publicsSpecifiquementAdresses",
  "priseEnChargeSpecifique",
];

export const optionsStructure = {
  services: service.options,
  modalitesAccompagnement: modaliteAccompagnement.options,
  modalitesAcces: modaliteAcces.options,
  fraisACharge: fraisACharge.options,
  publicsSpecifiquementAdresses: publicSpecifiquementAdresse.options,
  priseEnChargeSpecifique: priseEnChargeSpecifique.options,
};

export const longueurResume = 280;
const accesTelephone = "Téléphoner";
const accesCourriel = "Contacter par mail";

const urlValide = (valeur: string) => {
  try {
    const url = new URL(valeur);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

const emailValide = (valeur: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(valeur);
const telephoneValide = (valeur: string) => /^\+?[\d\s.()-]{10,20}$/.test(valeur);

export type ErreursStructure = Partial<Record<ChampStructure, string>>;

/** The checks the browser can make before sending; the server checks them again, and more. */
export function validerStructure(v: ValeursStructure): ErreursStructure {
  const erreurs: ErreursStructure = {};
  if (!v.nom.trim()) erreurs.nom = "Saisissez le nom du lieu.";
  if (v.typologies.length === 0) erreurs.typologies = "Choisissez le type de structure.";
  const siret = normaliserSiret(v.siret);
  if (siret && !siretValide(siret) && !/^W\d{9}$/.test(siret))
    erreurs.siret = "Saisissez un SIRET de 14 chiffres valide, ou un numéro RNA (W suivi de 9 chiffres).";
  if (!v.adresse.trim()) erreurs.adresse = "Saisissez le numéro et la rue.";
  if (!/^\d{5}$/.test(v.codePostal.trim())) erreurs.codePostal = "Saisissez un code postal de 5 chiffres.";
  if (!v.commune.trim()) erreurs.commune = "Saisissez la commune.";
  if (v.codeInsee.trim() && !/^(\d{5}|2[AB]\d{3})$/i.test(v.codeInsee.trim()))
    erreurs.codeInsee = "Le code INSEE compte 5 caractères, par exemple 33063.";
  if (!v.visiblePourCartographieNationale) return erreurs;

  if (v.services.length === 0)
    erreurs.services = "Choisissez au moins un service pour apparaître sur la cartographie.";
  if (v.presentationResume.length > longueurResume)
    erreurs.presentationResume = `Le résumé ne doit pas dépasser ${longueurResume} caractères.`;
  if (v.siteWeb.trim() && !urlValide(v.siteWeb.trim()))
    erreurs.siteWeb = "Saisissez une adresse web complète, par exemple https://www.exemple.fr.";
  if (v.priseRdv.trim() && !urlValide(v.priseRdv.trim()))
    erreurs.priseRdv = "Saisissez une adresse web complète, par exemple https://rdv.exemple.fr.";
  if (v.ficheAccesLibre.trim() && !v.ficheAccesLibre.trim().startsWith("https://acceslibre.beta.gouv.fr/"))
    erreurs.ficheAccesLibre = "La fiche doit être une adresse https://acceslibre.beta.gouv.fr/…";
  if (v.modalitesAcces.includes(accesTelephone) && !v.telephone.trim())
    erreurs.telephone = "Saisissez le numéro à appeler.";
  else if (v.telephone.trim() && !telephoneValide(v.telephone.trim()))
    erreurs.telephone = "Saisissez un numéro de téléphone valide, par exemple 05 56 00 00 00.";
  if (v.modalitesAcces.includes(accesCourriel) && !v.courriels.trim())
    erreurs.courriels = "Saisissez l'adresse e-mail à contacter.";
  else if (v.courriels.trim() && !emailValide(v.courriels.trim()))
    erreurs.courriels = "Saisissez une adresse e-mail valide, par exemple accueil@exemple.fr.";
  return erreurs;
}

/** The JSON body of `POST /structures` (shared/domain's structure form): empty optional fields are left out. */
export function requeteStructure(v: ValeursStructure): Record<string, unknown> {
  const texte = (valeur: string) => valeur.trim() || undefined;
  const visible = v.visiblePourCartographieNationale;
  const corps: Record<string, unknown> = {
    nom: v.nom.trim(),
    typologies: v.typologies,
    siret: texte(normaliserSiret(v.siret).toUpperCase()),
    adresse: {
      voie: v.adresse.trim(),
      commune: v.commune.trim(),
      codePostal: v.codePostal.trim(),
      codeInsee: texte(v.codeInsee),
    },
    complementAdresse: texte(v.complementAdresse),
    visiblePourCartographieNationale: visible,
  };
  if (visible) {
    Object.assign(corps, {
      services: v.services,
      modalitesAccompagnement: v.modalitesAccompagnement,
      presentationResume: texte(v.presentationResume),
      presentationDetail: texte(v.presentationDetail),
      siteWeb: texte(v.siteWeb),
      ficheAccesLibre: texte(v.ficheAccesLibre),
      priseRdv: texte(v.priseRdv),
      modalitesAcces: v.modalitesAcces,
      telephone: texte(v.telephone),
      courriel: texte(v.courriels),
      fraisACharge: v.fraisACharge,
      toutPublic: v.publicsSpecifiquementAdresses.length === 0,
      publicsSpecifiquementAdresses: v.publicsSpecifiquementAdresses,
      priseEnChargeSpecifique: v.priseEnChargeSpecifique,
    });
  }
  return Object.fromEntries(Object.entries(corps).filter(([, valeur]) => valeur !== undefined));
}

/** Where the server names each field of the form (its paths in the request body). */
const cheminsServeur: Readonly<Record<string, ChampStructure>> = {
  "adresse.voie": "adresse",
  "adresse.commune": "commune",
  "adresse.codePostal": "codePostal",
  "adresse.codeInsee": "codeInsee",
  adresse: "adresse",
  courriel: "courriels",
  toutPublic: "publicsSpecifiquementAdresses",
};

/**
 * Spreads the server's `fields` over the form: "courriels.0" or "typologies[1]" go to their field;
 * what matches no field is returned apart, for the error summary.
 */
export function erreursServeurStructure(fields: FieldErrors): {
  parChamp: ErreursStructure;
  autres: string[];
} {
  const parNomServeur = new Map(
    (Object.entries(champsStructure) as [ChampStructure, string][]).map(([champ, nom]) => [nom, champ]),
  );
  const parChamp: ErreursStructure = {};
  const autres: string[] = [];
  for (const [chemin, message] of Object.entries(fields)) {
    const racine = chemin.split(/[.[]/)[0] ?? "";
    const champ = cheminsServeur[chemin.split(".").slice(0, 2).join(".")] ?? parNomServeur.get(racine);
    if (champ) parChamp[champ] ??= message;
    else autres.push(message);
  }
  return { parChamp, autres };
}
