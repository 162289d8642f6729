import {
  ANNEE_NAISSANCE_MIN,
  anneeCourante,
  beneficiaireFormulaireSchema,
  type TrancheAge,
  trancheAgeDepuisAnnee,
} from "@coop/domain";
import { type Beneficiaire, type Commune, type CorpsBeneficiaire, communeDe } from "./beneficiaires-api.ts";
import { htmlVersTexte, texteVersHtml } from "./notes.ts";

// The bénéficiaire form (creation, modification, and inside the CRA form), turned into the body the
// beneficiaires function reads, and checked in the browser with the schema the server runs.

export type ValeursBeneficiaire = {
  prenom: string;
  nom: string;
  anneeNaissance: string;
  telephone: string;
  pasDeTelephone: boolean;
  email: string;
  commune: Commune | null;
  adresse: string;
  genre: string;
  trancheAge: string;
  statutSocial: string;
  /** Plain text: each line is a paragraph of the stored HTML. */
  notes: string;
};

export const libellesBeneficiaire = {
  prenom: "Prénom",
  nom: "Nom",
  anneeNaissance: "Année de naissance",
  telephone: "Numéro de téléphone",
  pasDeTelephone: "Pas de téléphone",
  email: "Adresse e-mail",
  commune: "Commune de résidence",
  adresse: "Adresse",
  genre: "Genre",
  trancheAge: "Tranche d'âge",
  statutSocial: "Statut",
  notes: "Notes supplémentaires",
} as const;

export type ChampBeneficiaire = keyof typeof libellesBeneficiaire;
export type ErreursBeneficiaire = Partial<Record<ChampBeneficiaire, string>>;

export const beneficiaireVide = (): ValeursBeneficiaire => ({
  prenom: "",
  nom: "",
  anneeNaissance: "",
  telephone: "",
  pasDeTelephone: false,
  email: "",
  commune: null,
  adresse: "",
  genre: "",
  trancheAge: "",
  statutSocial: "",
  notes: "",
});

/** The birth year typed, when it is one the form accepts. */
export function anneeSaisie(texte: string): number | undefined {
  const annee = /^\s*\d{4}\s*$/.test(texte) ? Number(texte) : Number.NaN;
  return Number.isInteger(annee) && annee >= ANNEE_NAISSANCE_MIN && annee <= anneeCourante()
    ? annee
    : undefined;
}

/**
 * The tranche d'âge the form shows: derived from the year when one is typed (and then locked), else
 * the one chosen.
 */
export function trancheAffichee(valeurs: Pick<ValeursBeneficiaire, "anneeNaissance" | "trancheAge">): {
  tranche: string;
  derivee: boolean;
} {
  const annee = anneeSaisie(valeurs.anneeNaissance);
  return annee === undefined
    ? { tranche: valeurs.trancheAge, derivee: false }
    : { tranche: trancheAgeDepuisAnnee(annee) as TrancheAge, derivee: true };
}

const ouNull = (texte: string) => texte.trim() || null;

export function corpsBeneficiaire(valeurs: ValeursBeneficiaire): CorpsBeneficiaire {
  const { tranche } = trancheAffichee(valeurs);
  return {
    prenom: valeurs.prenom.trim(),
    nom: valeurs.nom.trim(),
    anneeNaissance: ouNull(valeurs.anneeNaissance),
    telephone: valeurs.pasDeTelephone ? null : ouNull(valeurs.telephone),
    pasDeTelephone: valeurs.pasDeTelephone,
    email: ouNull(valeurs.email),
    commune: valeurs.commune
      ? {
          nom: valeurs.commune.nom,
          codePostal: valeurs.commune.codePostal,
          codeInsee: valeurs.commune.codeInsee,
        }
      : null,
    adresse: ouNull(valeurs.adresse),
    genre: (valeurs.genre || null) as CorpsBeneficiaire["genre"],
    trancheAge: (tranche || null) as CorpsBeneficiaire["trancheAge"],
    statutSocial: (valeurs.statutSocial || null) as CorpsBeneficiaire["statutSocial"],
    notes: texteVersHtml(valeurs.notes) || null,
  };
}

/** The form field a body path points at ("commune.codeInsee" → commune). */
export function champBeneficiaire(chemin: string): ChampBeneficiaire | undefined {
  const racine = chemin.split(/[.[]/)[0] ?? "";
  return Object.hasOwn(libellesBeneficiaire, racine) ? (racine as ChampBeneficiaire) : undefined;
}

/** What the shared schema finds wrong, field by field (its first message for each). */
export function validerBeneficiaire(valeurs: ValeursBeneficiaire): ErreursBeneficiaire {
  const erreurs: ErreursBeneficiaire = {};
  const resultat = beneficiaireFormulaireSchema.safeParse(corpsBeneficiaire(valeurs));
  if (!resultat.success)
    for (const issue of resultat.error.issues) {
      const champ = champBeneficiaire(issue.path.map(String).join("."));
      if (champ && !erreurs[champ]) erreurs[champ] = issue.message;
    }
  return erreurs;
}

const choisi = (valeur: string | null | undefined) => (valeur && valeur !== "non_communique" ? valeur : "");

/** The form filled from a saved bénéficiaire (modification). */
export function valeursDepuisBeneficiaire(beneficiaire: Beneficiaire): ValeursBeneficiaire {
  return {
    prenom: beneficiaire.prenom ?? "",
    nom: beneficiaire.nom ?? "",
    anneeNaissance: beneficiaire.anneeNaissance ? String(beneficiaire.anneeNaissance) : "",
    telephone: beneficiaire.telephone ?? "",
    pasDeTelephone: Boolean(beneficiaire.pasDeTelephone),
    email: beneficiaire.email ?? "",
    commune: communeDe(beneficiaire),
    adresse: beneficiaire.adresse ?? "",
    genre: choisi(beneficiaire.genre),
    trancheAge: choisi(beneficiaire.trancheAge),
    statutSocial: choisi(beneficiaire.statutSocial),
    notes: htmlVersTexte(beneficiaire.notes),
  };
}
