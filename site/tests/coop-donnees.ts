import { trancheAgeDepuisAnnee } from "@coop/domain";
import type { mediatheque } from "./api-stubs.ts";

// The demo data of tests/coop-serveur.ts: lieux, communes, tags, bénéficiaires and activités.

export const franceServices = {
  id: "5a1b2c3d-0000-4000-8000-000000000003",
  nom: "France Services Cenon",
  adresse: "1 avenue Carnot",
  codePostal: "33150",
  commune: "Cenon",
  siret: null,
  typologies: ["FRANCE_SERVICES"],
};

export const communes = [
  { nom: "Pessac", codePostal: "33600", codeInsee: "33318", departement: "33" },
  { nom: "Bordeaux", codePostal: "33000", codeInsee: "33063", departement: "33" },
  { nom: "Bordeaux", codePostal: "33800", codeInsee: "33063", departement: "33" },
  { nom: "Cenon", codePostal: "33150", codeInsee: "33119", departement: "33" },
  { nom: "Talence", codePostal: "33400", codeInsee: "33522", departement: "33" },
  { nom: "Mérignac", codePostal: "33700", codeInsee: "33281", departement: "33" },
];

export const tagsConnus = [
  { id: "7a000000-0000-4000-8000-000000000001", nom: "Permanence CAF", portee: "personnel" },
  { id: "7a000000-0000-4000-8000-000000000002", nom: "Quartier prioritaire", portee: "departemental" },
];

export const uuid = (prefixe: string, rang: number) =>
  `${prefixe}-0000-4000-8000-${String(rang).padStart(12, "0")}`;

const prenoms = [
  "Jeanne",
  "Karim",
  "Lucie",
  "Mamadou",
  "Nadia",
  "Olivier",
  "Paulette",
  "Quentin",
  "Rosa",
  "Samir",
];
const noms = [
  "Martin",
  "Benali",
  "Bernard",
  "Traoré",
  "Petit",
  "Robert",
  "Richard",
  "Durand",
  "Moreau",
  "Laurent",
];

export type Beneficiaire = Record<string, unknown> & {
  id: string;
  prenom: string;
  nom: string;
  accompagnementsCount: number;
  creation: string;
};

export type Activite = Record<string, unknown> & {
  id: string;
  type: "individuel" | "collectif";
  date: string;
};

/** `nombre` bénéficiaires with varied names, years, communes and contacts. */
export const beneficiairesDeDemo = (nombre: number): Beneficiaire[] =>
  Array.from({ length: nombre }, (_, rang) => {
    const commune = communes[rang % communes.length]!;
    return {
      id: uuid("b0000000", rang + 1),
      prenom: prenoms[rang % prenoms.length]!,
      nom: `${noms[rang % noms.length]}${rang >= noms.length ? ` ${Math.floor(rang / noms.length) + 1}` : ""}`,
      anneeNaissance: 1950 + ((rang * 7) % 60),
      commune: commune.nom,
      communeCodePostal: commune.codePostal,
      communeCodeInsee: commune.codeInsee,
      telephone: rang % 3 === 0 ? null : `+3361234567${rang % 10}`,
      pasDeTelephone: rang % 3 === 0,
      email: rang % 2 === 0 ? `${prenoms[rang % prenoms.length]!.toLowerCase()}.${rang}@exemple.fr` : null,
      adresse: null,
      genre: rang % 2 === 0 ? "feminin" : "masculin",
      trancheAge: trancheAgeDepuisAnnee(1950 + ((rang * 7) % 60)),
      statutSocial: "non_communique",
      notes: rang === 0 ? "<p>Suivi des démarches CAF.</p><p>Préfère les rendez-vous le matin.</p>" : null,
      import: null,
      accompagnementsCount: rang % 4,
      creation: new Date(Date.UTC(2026, 0, 1 + rang)).toISOString(),
      modification: new Date(Date.UTC(2026, 0, 1 + rang)).toISOString(),
    };
  });

/** `nombre` activités, one a day back from 28 June 2026: two individuels for one collectif. */
export const activitesDeDemo = (
  nombre: number,
  beneficiaires: readonly Beneficiaire[],
  lieux: readonly (typeof mediatheque)[],
): Activite[] => {
  const personne = (id: string) => {
    const b = beneficiaires.find((x) => x.id === id);
    return b ? { id: b.id, prenom: b.prenom, nom: b.nom } : null;
  };
  return Array.from({ length: nombre }, (_, rang) => {
    const individuel = rang % 3 !== 2;
    const jour = new Date(Date.UTC(2026, 5, 28 - rang)).toISOString().slice(0, 10);
    const lieu = lieux[rang % Math.max(1, lieux.length)];
    return {
      id: uuid("a0000000", rang + 1),
      type: individuel ? "individuel" : "collectif",
      date: jour,
      duree: [30, 45, 60, 90][rang % 4],
      typeLieu: lieu ? "lieu_activite" : "a_distance",
      structureId: lieu?.id ?? null,
      structure: lieu
        ? { id: lieu.id, nom: lieu.nom, commune: lieu.commune, codePostal: lieu.codePostal }
        : null,
      lieuCommune: null,
      lieu: lieu?.nom ?? null,
      thematiques:
        rang % 2
          ? ["email", "navigation_sur_internet"]
          : ["aide_aux_demarches_administratives", "social_sante"],
      precisionsDemarche: rang % 2 ? null : "Dossier de prime d'activité",
      materiel: ["ordinateur"],
      tags: rang % 5 === 0 ? [{ id: tagsConnus[0]!.id, nom: tagsConnus[0]!.nom }] : [],
      notes: null,
      beneficiaire:
        individuel && beneficiaires.length ? personne(beneficiaires[rang % beneficiaires.length]!.id) : null,
      beneficiaireAnonyme: null,
      autonomie: individuel ? "partiellement_autonome" : null,
      orienteVersStructure: individuel ? false : null,
      structureDeRedirection: null,
      participants: [],
      participantsAnonymes: individuel
        ? undefined
        : {
            total: 6,
            dejaAccompagne: 2,
            genres: { masculin: 2, feminin: 3, nonCommunique: 1 },
            tranches: {
              moinsDeDouze: 0,
              douzeDixHuit: 0,
              dixHuitVingtQuatre: 0,
              vingtCinqTrenteNeuf: 0,
              quaranteCinquanteNeuf: 2,
              soixanteSoixanteNeuf: 2,
              soixanteDixPlus: 2,
              nonCommunique: 0,
            },
            statuts: { scolarise: 0, sansEmploi: 0, enEmploi: 0, retraite: 4, nonCommunique: 2 },
          },
      participantsCount: individuel ? 1 : 6,
      titreAtelier: individuel ? null : "Premiers pas sur le smartphone",
      niveau: individuel ? null : "debutant",
      creation: `${jour}T16:00:00.000Z`,
      modification: `${jour}T16:00:00.000Z`,
    };
  });
};
