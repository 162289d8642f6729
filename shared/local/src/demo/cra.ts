import type { activites } from "@coop/db/schema";
import {
  type autonomie,
  type EnumValue,
  type materiel,
  type niveauAtelier,
  type structureDeRedirection,
  thematique,
  thematiqueAdministrative,
  type typeLieu,
} from "@coop/domain";
import { precisionsDemarches, titresAteliers } from "./contenus.ts";
import type { Random, Weighted } from "./random.ts";

// The CRA form's fields, drawn with realistic frequencies and the form's rules.

type Thematique = EnumValue<typeof thematique>;
type Materiel = EnumValue<typeof materiel>;
export type TypeLieu = EnumValue<typeof typeLieu>;

export type CraFields = Pick<
  typeof activites.$inferInsert,
  | "duree"
  | "thematiques"
  | "materiel"
  | "autonomie"
  | "orienteVersStructure"
  | "structureDeRedirection"
  | "precisionsDemarche"
  | "titreAtelier"
  | "niveau"
>;

const thematiquesCourantes: Weighted<Thematique> = [
  ["prendre_en_main_du_materiel", 20],
  ["navigation_sur_internet", 14],
  ["email", 14],
  ["gere_ses_contenus_numeriques", 8],
  ["securite_numerique", 7],
  ["diagnostic_numerique", 6],
  ["bureautique", 6],
  ["sante", 6],
  ["reseaux_sociaux", 5],
  ["banque_et_achats_en_ligne", 5],
  ["maintenance_de_materiel", 4],
  ["insertion_professionnelle", 4],
  ["intelligence_artificielle", 3],
  ["parentalite", 2],
  ["scolarite_et_numerique", 2],
  ["creer_avec_le_numerique", 2],
  ["culture_numerique", 2],
  ["entrepreneuriat", 1],
];

const durees = {
  individuel: [
    [15, 5],
    [30, 25],
    [45, 20],
    [60, 30],
    [90, 9],
    [120, 6],
  ] as Weighted<number>,
  collectif: [
    [60, 18],
    [90, 32],
    [120, 40],
    [150, 5],
    [180, 5],
  ] as Weighted<number>,
};
const dureesPersonnalisees = {
  individuel: [10, 20, 25, 40, 50, 75, 80, 100, 105],
  collectif: [75, 100, 135, 210],
};

const materiels = {
  individuel: [
    [["telephone"], 35],
    [["ordinateur"], 25],
    [["tablette"], 10],
    [["ordinateur", "telephone"], 10],
    [["telephone", "tablette"], 3],
    [["autre"], 2],
    [["aucun"], 8],
    [[], 7],
  ] as Weighted<Materiel[]>,
  collectif: [
    [["ordinateur"], 30],
    [["tablette"], 25],
    [["telephone"], 15],
    [["ordinateur", "tablette"], 10],
    [["aucun"], 5],
    [[], 15],
  ] as Weighted<Materiel[]>,
};

export const typesLieu = {
  individuel: [
    ["lieu_activite", 70],
    ["a_distance", 12],
    ["domicile", 9],
    ["autre", 9],
  ] as Weighted<TypeLieu>,
  collectif: [
    ["lieu_activite", 86],
    ["autre", 11],
    ["a_distance", 3],
  ] as Weighted<TypeLieu>,
};

const redirections: Weighted<EnumValue<typeof structureDeRedirection>> = [
  ["administration", 25],
  ["aide_aux_demarches_administratives", 25],
  ["operateur_ou_organisme_en_charge", 15],
  ["aide_sociale", 15],
  ["insertion_professionnelle", 10],
  ["mediation_numerique", 7],
  ["autre", 3],
];

const autonomies: Weighted<EnumValue<typeof autonomie>> = [
  ["entierement_accompagne", 40],
  ["partiellement_autonome", 40],
  ["autonome", 20],
];

const niveaux: Weighted<EnumValue<typeof niveauAtelier>> = [
  ["debutant", 55],
  ["intermediaire", 35],
  ["avance", 10],
];

const enumOrder = (values: Thematique[]) =>
  [...new Set(values)].sort((a, b) => thematique.values.indexOf(a) - thematique.values.indexOf(b));

const duree = (random: Random, type: "individuel" | "collectif") =>
  random.chance(type === "individuel" ? 0.05 : 0.02)
    ? random.pick(dureesPersonnalisees[type])
    : random.weighted(durees[type]);

const courantes = (random: Random, count: number): Thematique[] =>
  Array.from({ length: count }, () => random.weighted(thematiquesCourantes));

export const craIndividuel = (random: Random): CraFields => {
  const demarche = random.chance(0.38);
  let thematiques: Thematique[];
  let precisionsDemarche: string | null = null;
  if (demarche) {
    const administratives = random.sample(
      thematiqueAdministrative.values,
      random.weighted([
        [1, 75],
        [2, 25],
      ]),
    );
    thematiques = ["aide_aux_demarches_administratives", ...administratives];
    if (random.chance(0.3)) thematiques.push(...courantes(random, 1));
    if (random.chance(0.7)) precisionsDemarche = random.pick(precisionsDemarches[administratives[0]!]);
  } else {
    thematiques = courantes(
      random,
      random.weighted([
        [1, 50],
        [2, 35],
        [3, 15],
      ]),
    );
  }
  const oriente = random.chance(0.7) ? random.chance(0.15) : null;
  return {
    duree: duree(random, "individuel"),
    thematiques: enumOrder(thematiques),
    materiel: random.weighted(materiels.individuel),
    autonomie: random.chance(0.85) ? random.weighted(autonomies) : null,
    orienteVersStructure: oriente,
    structureDeRedirection: oriente ? random.weighted(redirections) : null,
    precisionsDemarche,
    titreAtelier: null,
    niveau: null,
  };
};

export const craCollectif = (random: Random): CraFields => {
  const thematiques = random.chance(0.08)
    ? enumOrder(["aide_aux_demarches_administratives", random.pick(thematiqueAdministrative.values)])
    : enumOrder(
        courantes(
          random,
          random.weighted([
            [1, 65],
            [2, 35],
          ]),
        ),
      );
  const titres = titresAteliers[thematiques[0]!] ?? ["Atelier numérique"];
  return {
    duree: duree(random, "collectif"),
    thematiques,
    materiel: random.weighted(materiels.collectif),
    autonomie: null,
    orienteVersStructure: null,
    structureDeRedirection: null,
    precisionsDemarche: null,
    titreAtelier: random.chance(0.9) ? random.pick(titres) : null,
    niveau: random.chance(0.75) ? random.weighted(niveaux) : null,
  };
};
