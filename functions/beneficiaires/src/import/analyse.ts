import type { schema } from "@coop/db";
import {
  ANNEE_NAISSANCE_MIN,
  anneeCourante,
  assainirNotes,
  MESSAGE_TELEPHONE_INVALIDE,
  NOM_BENEFICIAIRE_MAX,
  NOTES_BENEFICIAIRE_MAX,
  normaliserTelephone,
  trancheAgeDepuisAnnee,
  z,
} from "@coop/domain";
import {
  type CommuneReferentiel,
  communeParInsee,
  communesParCodePostal,
  communesParNom,
  memeNomDeCommune,
} from "@coop/referentiel";
import type { Champ, Valeurs } from "./colonnes.ts";

type Colonnes = Omit<typeof schema.beneficiaires.$inferInsert, "mediateurId">;
type Erreurs = Partial<Record<Champ, string>>;

export type LigneAnalysee = { numero: number; valeurs: Valeurs; erreurs: Erreurs };

const GENRES = { F: "feminin", M: "masculin", N: "non_communique" } as const;

const emailValide = z.email();

/** Excel drops the leading zero of codes typed as numbers: "1001" was "01001". */
const code = (valeur: string) => (/^\d{4}$/.test(valeur) ? `0${valeur}` : valeur.toUpperCase());

/** Plain text of a cell as the notes' HTML: one paragraph, line breaks kept. */
const notesHtml = (texte: string) =>
  assainirNotes(
    `<p>${texte.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, "<br>")}</p>`,
  );

type Residence = {
  commune: string | null;
  communeCodePostal: string | null;
  communeCodeInsee: string | null;
};
const AUCUNE: Residence = { commune: null, communeCodePostal: null, communeCodeInsee: null };

const referentielParCodePostal = async (codePostal: string) => {
  const communes = await Promise.all(
    (await communesParCodePostal(codePostal)).map(({ codeInsee }) => communeParInsee(codeInsee)),
  );
  return communes.filter((commune): commune is CommuneReferentiel => commune !== null);
};

/** Lyon rather than "Lyon 3e Arrondissement" when a postal code gives both. */
const sansArrondissements = (communes: CommuneReferentiel[]) =>
  communes.filter(
    ({ arrondissementDe }) =>
      !arrondissementDe || !communes.some(({ codeInsee }) => codeInsee === arrondissementDe),
  );

const residence = (commune: CommuneReferentiel, codePostal: string | null): Residence => ({
  commune: commune.nom,
  communeCodePostal: codePostal ?? (commune.codesPostaux.length === 1 ? commune.codesPostaux[0]! : null),
  communeCodeInsee: commune.codeInsee,
});

/** The commune of residence from whichever of name, INSEE code and postal code is given, all consistent. */
const analyserCommune = async (valeurs: Valeurs, erreurs: Erreurs): Promise<Residence> => {
  const nom = valeurs.commune;
  const insee = code(valeurs.codeInsee);
  const codePostal = valeurs.codePostal ? code(valeurs.codePostal) : null;
  if (insee) {
    const commune = await communeParInsee(insee);
    if (!commune) {
      erreurs.codeInsee = "Ce code INSEE n'est celui d'aucune commune.";
      return AUCUNE;
    }
    if (codePostal && !commune.codesPostaux.includes(codePostal))
      erreurs.codePostal = `Le code postal ${codePostal} n'est pas celui de ${commune.nom}.`;
    if (nom && !memeNomDeCommune(nom, commune.nom))
      erreurs.commune = `Le code INSEE ${commune.codeInsee} est celui de ${commune.nom}.`;
    return residence(commune, codePostal);
  }
  if (codePostal) {
    const communes = await referentielParCodePostal(codePostal);
    if (communes.length === 0) {
      erreurs.codePostal = "Ce code postal n'est celui d'aucune commune.";
      return AUCUNE;
    }
    const retenues = nom
      ? communes.filter((commune) => memeNomDeCommune(nom, commune.nom))
      : sansArrondissements(communes);
    if (retenues.length !== 1) {
      erreurs.commune = nom
        ? `Cette commune n'a pas le code postal ${codePostal}.`
        : "Plusieurs communes ont ce code postal : indiquez le nom de la commune ou son code INSEE.";
      return AUCUNE;
    }
    return residence(retenues[0]!, codePostal);
  }
  if (nom) {
    const communes = await communesParNom(nom);
    if (communes.length !== 1) {
      erreurs.commune =
        communes.length === 0
          ? "Commune inconnue : indiquez son code INSEE ou son code postal."
          : "Plusieurs communes portent ce nom : indiquez le code postal ou le code INSEE.";
      return AUCUNE;
    }
    return residence(communes[0]!, null);
  }
  return AUCUNE;
};

const nomPropre = (valeur: string, champ: "nom" | "prénom", erreurs: Erreurs, cle: "nom" | "prenom") => {
  if (!valeur) erreurs[cle] = `Le ${champ} est obligatoire.`;
  else if (valeur.length > NOM_BENEFICIAIRE_MAX)
    erreurs[cle] = `Le ${champ} ne doit pas dépasser ${NOM_BENEFICIAIRE_MAX} caractères.`;
};

/** Checks one row of the file; its columns when valid. */
export const analyserLigne = async (
  numero: number,
  valeurs: Valeurs,
): Promise<{ ligne: LigneAnalysee; colonnes: Colonnes | null }> => {
  const erreurs: Erreurs = {};
  nomPropre(valeurs.nom, "nom", erreurs, "nom");
  nomPropre(valeurs.prenom, "prénom", erreurs, "prenom");

  let anneeNaissance: number | null = null;
  if (valeurs.anneeNaissance) {
    const annee = /^\d{4}$/.test(valeurs.anneeNaissance) ? Number(valeurs.anneeNaissance) : Number.NaN;
    if (annee >= ANNEE_NAISSANCE_MIN && annee <= anneeCourante()) anneeNaissance = annee;
    else
      erreurs.anneeNaissance = `L'année de naissance doit comporter 4 chiffres, entre ${ANNEE_NAISSANCE_MIN} et ${anneeCourante()}.`;
  }

  const initiale = valeurs.genre.charAt(0).toUpperCase();
  const genre = valeurs.genre ? GENRES[initiale as keyof typeof GENRES] : "non_communique";
  if (!genre) erreurs.genre = "Genre attendu : F (féminin), M (masculin), N (non communiqué) ou vide.";

  const telephone = valeurs.telephone ? normaliserTelephone(valeurs.telephone) : null;
  if (valeurs.telephone && !telephone) erreurs.telephone = MESSAGE_TELEPHONE_INVALIDE;

  const email = valeurs.email ? valeurs.email.toLowerCase() : null;
  if (email && !emailValide.safeParse(email).success)
    erreurs.email = "Cette adresse e-mail n'est pas valide.";

  const notes = valeurs.notes ? notesHtml(valeurs.notes) : null;
  if (notes && notes.length > NOTES_BENEFICIAIRE_MAX)
    erreurs.notes = `Les notes ne doivent pas dépasser ${NOTES_BENEFICIAIRE_MAX} caractères.`;

  const commune = await analyserCommune(valeurs, erreurs);
  const ligne = { numero, valeurs, erreurs };
  if (Object.keys(erreurs).length > 0) return { ligne, colonnes: null };
  return {
    ligne,
    colonnes: {
      nom: valeurs.nom,
      prenom: valeurs.prenom,
      anneeNaissance,
      telephone,
      email,
      ...commune,
      genre: genre ?? "non_communique",
      trancheAge: trancheAgeDepuisAnnee(anneeNaissance),
      statutSocial: "non_communique",
      notes,
    },
  };
};

/** The report of a file: every row with its errors, and how many are valid. */
export const analyserLignes = async (lignes: Array<{ numero: number; valeurs: Valeurs }>) => {
  const analysees = [];
  for (const { numero, valeurs } of lignes) analysees.push(await analyserLigne(numero, valeurs));
  const invalides = analysees.filter(({ colonnes }) => colonnes === null).length;
  return {
    rapport: {
      lignes: analysees.map(({ ligne }) => ligne),
      valides: analysees.length - invalides,
      invalides,
    },
    colonnes: analysees.flatMap(({ colonnes }) => (colonnes ? [colonnes] : [])),
  };
};
