import { defineEnum } from "../enum.ts";

/** The steps of the inscription, in order, with the name a person reads. */
export const etapeInscription = defineEnum({
  "choisir-role": "Choisir votre rôle",
  "verifier-informations": "Vérifier vos informations",
  "structure-employeuse": "Renseigner votre structure employeuse",
  "lieux-activite": "Renseigner vos lieux d'activité",
  recapitulatif: "Valider votre inscription",
  terminee: "Inscription terminée",
});

export type EtapeInscription = (typeof etapeInscription.values)[number];

/** The page of each step on the site. */
export const cheminEtapeInscription: Readonly<Record<EtapeInscription, string>> = {
  "choisir-role": "/inscription/choisir-role",
  "verifier-informations": "/inscription/verifier-informations",
  "structure-employeuse": "/inscription/renseigner-structure-employeuse",
  "lieux-activite": "/inscription/lieux-activite",
  recapitulatif: "/inscription/recapitulatif",
  terminee: "/coop",
};

/** What the step depends on: the user's inscription flags and role rows. */
export type EtatInscription = {
  acceptationCgu: boolean;
  structureEmployeuseRenseignee: boolean;
  lieuxActiviteRenseignes: boolean;
  inscriptionValidee: boolean;
  mediateur: boolean;
  coordinateur: boolean;
};

/**
 * Where an unfinished inscription resumes. Verifying one's information and naming the employer are one
 * stretch: until the employer is confirmed the user resumes at "verifier-informations", whose page
 * leads to the employer page ("structure-employeuse" is the step after it, never a resume point).
 * Only médiateurs name lieux d'activité; coordinateurs go straight to the summary.
 */
export const etapeCourante = (etat: EtatInscription): EtapeInscription => {
  if (etat.inscriptionValidee) return "terminee";
  if (!etat.acceptationCgu || (!etat.mediateur && !etat.coordinateur)) return "choisir-role";
  if (!etat.structureEmployeuseRenseignee) return "verifier-informations";
  if (etat.mediateur && !etat.lieuxActiviteRenseignes) return "lieux-activite";
  return "recapitulatif";
};
