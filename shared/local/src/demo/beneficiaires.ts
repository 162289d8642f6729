import type { beneficiaires } from "@coop/db/schema";
import type { EnumValue, genre, statutSocial, trancheAge } from "@coop/domain";
import { notesBeneficiaires } from "./contenus.ts";
import { noms, prenomsFeminins, prenomsMasculins } from "./noms.ts";
import type { Random, Weighted } from "./random.ts";
import type { Commune } from "./referentiel.ts";

// Bénéficiaires: identified ones (suivis) with a consistent identity, and anonymous ones created by activités.

type Genre = EnumValue<typeof genre>;
type TrancheAge = EnumValue<typeof trancheAge>;
type StatutSocial = EnumValue<typeof statutSocial>;

export type BeneficiaireRow = typeof beneficiaires.$inferInsert & {
  id: string;
  accompagnementsCount: number;
};

export type Demographie = { genre: Genre; trancheAge: TrancheAge; statutSocial: StatutSocial };

const genres: Weighted<Genre> = [
  ["feminin", 57],
  ["masculin", 39],
  ["non_communique", 4],
];

// Digital inclusion publics are mostly older people.
const tranches: Weighted<Exclude<TrancheAge, "non_communique">> = [
  ["moins_de_douze", 2],
  ["douze_dix_huit", 4],
  ["dix_huit_vingt_quatre", 7],
  ["vingt_cinq_trente_neuf", 13],
  ["quarante_cinquante_neuf", 24],
  ["soixante_soixante_neuf", 21],
  ["soixante_dix_plus", 29],
];

const ages: Record<Exclude<TrancheAge, "non_communique">, readonly [number, number]> = {
  moins_de_douze: [8, 11],
  douze_dix_huit: [12, 17],
  dix_huit_vingt_quatre: [18, 24],
  vingt_cinq_trente_neuf: [25, 39],
  quarante_cinquante_neuf: [40, 59],
  soixante_soixante_neuf: [60, 69],
  soixante_dix_plus: [70, 93],
};

/** The form's rule: age = current year − birth year. */
export const trancheOfAge = (age: number): Exclude<TrancheAge, "non_communique"> => {
  if (age < 12) return "moins_de_douze";
  if (age < 18) return "douze_dix_huit";
  if (age < 25) return "dix_huit_vingt_quatre";
  if (age < 40) return "vingt_cinq_trente_neuf";
  if (age < 60) return "quarante_cinquante_neuf";
  if (age < 70) return "soixante_soixante_neuf";
  return "soixante_dix_plus";
};

const statutFor = (random: Random, tranche: TrancheAge): StatutSocial => {
  switch (tranche) {
    case "moins_de_douze":
    case "douze_dix_huit":
      return random.chance(0.9) ? "scolarise" : "non_communique";
    case "dix_huit_vingt_quatre":
      return random.weighted([
        ["scolarise", 35],
        ["sans_emploi", 35],
        ["en_emploi", 20],
        ["non_communique", 10],
      ]);
    case "vingt_cinq_trente_neuf":
    case "quarante_cinquante_neuf":
      return random.weighted([
        ["sans_emploi", 42],
        ["en_emploi", 42],
        ["non_communique", 16],
      ]);
    case "soixante_soixante_neuf":
      return random.weighted([
        ["retraite", 70],
        ["en_emploi", 10],
        ["sans_emploi", 10],
        ["non_communique", 10],
      ]);
    case "soixante_dix_plus":
      return random.chance(0.92) ? "retraite" : "non_communique";
    default:
      return random.weighted([
        ["non_communique", 60],
        ["retraite", 20],
        ["sans_emploi", 20],
      ]);
  }
};

/** Demographics of an anonymous participant: often left "non communiqué". */
export const demographieAnonyme = (random: Random, renseignee: number): Demographie => {
  const trancheAgeValue = random.chance(renseignee) ? random.weighted(tranches) : "non_communique";
  return {
    genre: random.chance(renseignee) ? random.weighted(genres) : "non_communique",
    trancheAge: trancheAgeValue,
    statutSocial: random.chance(renseignee) ? statutFor(random, trancheAgeValue) : "non_communique",
  };
};

const emailLocal = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "");

export type NouveauSuivi = {
  id: string;
  mediateurId: string;
  referenceYear: number;
  commune: Commune | null;
  creation: Date;
};

export const beneficiaireSuivi = (random: Random, nouveau: NouveauSuivi): BeneficiaireRow => {
  const genreValue = random.weighted(genres);
  const feminin = genreValue === "feminin" || (genreValue === "non_communique" && random.chance(0.5));
  const prenom = random.pick(feminin ? prenomsFeminins : prenomsMasculins);
  const nom = random.pick(noms);
  const tranche = random.weighted(tranches);
  const [minAge, maxAge] = ages[tranche];
  const anneeNaissance = random.chance(0.75) ? nouveau.referenceYear - random.int(minAge, maxAge) : null;
  // With a birth year the form derives the tranche; without, it is sometimes given, sometimes not.
  let trancheAgeValue: TrancheAge = random.chance(0.7) ? tranche : "non_communique";
  if (anneeNaissance !== null) trancheAgeValue = trancheOfAge(nouveau.referenceYear - anneeNaissance);
  const telephone = random.chance(0.65) ? `+3363998${String(random.int(0, 9999)).padStart(4, "0")}` : null;
  const email = random.chance(0.3)
    ? `${emailLocal(prenom)}.${emailLocal(nom)}${random.chance(0.4) ? random.int(1, 99) : ""}@${random.pick(["example.com", "example.org", "example.net"])}`
    : null;
  return {
    id: nouveau.id,
    mediateurId: nouveau.mediateurId,
    anonyme: false,
    attributionsAleatoires: false,
    prenom,
    nom,
    telephone,
    pasDeTelephone: telephone === null && random.chance(0.4) ? true : null,
    email,
    anneeNaissance,
    commune: nouveau.commune?.nom ?? null,
    communeCodePostal: nouveau.commune?.codePostal ?? null,
    communeCodeInsee: nouveau.commune?.codeInsee ?? null,
    genre: genreValue,
    trancheAge: trancheAgeValue,
    statutSocial: statutFor(random, trancheAgeValue),
    notes: random.chance(0.08) ? random.pick(notesBeneficiaires) : null,
    creation: nouveau.creation,
    modification: nouveau.creation,
    accompagnementsCount: 0,
  };
};

export type NouvelAnonyme = {
  id: string;
  mediateurId: string;
  commune: Commune | null;
  demographie: Demographie;
  attributionsAleatoires: boolean;
  creation: Date;
};

export const beneficiaireAnonyme = (nouveau: NouvelAnonyme): BeneficiaireRow => ({
  id: nouveau.id,
  mediateurId: nouveau.mediateurId,
  anonyme: true,
  attributionsAleatoires: nouveau.attributionsAleatoires,
  commune: nouveau.commune?.nom ?? null,
  communeCodePostal: nouveau.commune?.codePostal ?? null,
  communeCodeInsee: nouveau.commune?.codeInsee ?? null,
  ...nouveau.demographie,
  creation: nouveau.creation,
  modification: nouveau.creation,
  accompagnementsCount: 0,
});

/** RGPD deletion: identity wiped, demographics and accompagnements kept. */
export const supprimerBeneficiaire = (row: BeneficiaireRow, suppression: Date) => {
  Object.assign(row, {
    anonyme: true,
    prenom: null,
    nom: null,
    telephone: null,
    pasDeTelephone: null,
    email: null,
    notes: null,
    adresse: null,
    modification: suppression,
    suppression,
  });
};
