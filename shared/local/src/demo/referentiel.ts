import type { TypologieCode } from "@coop/domain";

// Reference data of the demo: real French communes (public facts), fictional structures and people.

export type Commune = {
  nom: string;
  codePostal: string;
  codeInsee: string;
  latitude: number;
  longitude: number;
};

const commune = (
  nom: string,
  codePostal: string,
  codeInsee: string,
  latitude: number,
  longitude: number,
) => ({
  nom,
  codePostal,
  codeInsee,
  latitude,
  longitude,
});

/** Gironde (33): the coordinated team works around Bordeaux. */
export const communesGironde: readonly Commune[] = [
  commune("Bordeaux", "33000", "33063", 44.8378, -0.5792),
  commune("Cenon", "33150", "33119", 44.8575, -0.5314),
  commune("Lormont", "33310", "33249", 44.8792, -0.5217),
  commune("Talence", "33400", "33522", 44.8083, -0.5886),
  commune("Eysines", "33320", "33162", 44.8836, -0.65),
  commune("Mérignac", "33700", "33281", 44.8386, -0.6436),
  commune("Pessac", "33600", "33318", 44.8067, -0.6311),
  commune("Tresses", "33370", "33535", 44.8472, -0.4631),
  commune("Sainte-Eulalie", "33560", "33397", 44.9064, -0.4725),
  commune("Libourne", "33500", "33243", 44.915, -0.2439),
  commune("Martignas-sur-Jalle", "33127", "33273", 44.8406, -0.7772),
];

/** Morbihan (56): a médiateur outside the team. */
export const communesMorbihan: readonly Commune[] = [
  commune("Vannes", "56000", "56260", 47.6582, -2.7608),
  commune("Auray", "56400", "56007", 47.6679, -2.9817),
  commune("Lanester", "56600", "56098", 47.7614, -3.3403),
  commune("Locminé", "56500", "56117", 47.8856, -2.8358),
  commune("Quiberon", "56170", "56186", 47.4839, -3.1194),
  commune("Gourin", "56110", "56066", 48.1392, -3.6069),
];

export const paris: Commune = commune("Paris", "75012", "75056", 48.8412, 2.3876);

export type StructureKey =
  | "quais"
  | "coteaux"
  | "parc"
  | "jalles"
  | "solidarites"
  | "liens"
  | "atelierPartage"
  | "mairieAnnexe"
  | "coordination"
  | "golfe"
  | "loch"
  | "blavet"
  | "agence";

export type StructureDefinition = {
  key: StructureKey;
  nom: string;
  adresse: string;
  commune: Commune;
  typologies: TypologieCode[];
  /** Shown on the national cartography (then it needs services). */
  visible: boolean;
  /** A lieu where the public is received (the coordination and the agency are not). */
  accueilPublic: boolean;
  franceServices?: boolean;
};

const [bordeaux, cenon, lormont, talence, eysines, merignac, , , , libourne] = communesGironde;
const [vannes, auray, lanester] = communesMorbihan;

export const structureDefinitions: readonly StructureDefinition[] = [
  {
    key: "quais",
    nom: "Espace numérique des Quais",
    adresse: "14 quai des Chartrons",
    commune: bordeaux!,
    typologies: ["EPN"],
    visible: true,
    accueilPublic: true,
  },
  {
    key: "coteaux",
    nom: "Médiathèque des Coteaux",
    adresse: "3 rue des Tilleuls",
    commune: cenon!,
    typologies: ["BIB"],
    visible: true,
    accueilPublic: true,
  },
  {
    key: "parc",
    nom: "Centre social et culturel du Parc",
    adresse: "27 avenue de la Libération",
    commune: lormont!,
    typologies: ["CSC"],
    visible: true,
    accueilPublic: true,
  },
  {
    key: "jalles",
    nom: "Maison France Services des Jalles",
    adresse: "8 place de la Mairie",
    commune: eysines!,
    typologies: ["MSAP", "MUNI"],
    visible: true,
    accueilPublic: true,
    franceServices: true,
  },
  {
    key: "solidarites",
    nom: "Pôle solidarités de Talence",
    adresse: "45 rue Peydavant",
    commune: talence!,
    typologies: ["CCAS"],
    visible: false,
    accueilPublic: true,
  },
  {
    key: "liens",
    nom: "Association Liens Numériques",
    adresse: "112 cours de la Somme",
    commune: bordeaux!,
    typologies: ["ASSO"],
    visible: true,
    accueilPublic: true,
  },
  {
    key: "atelierPartage",
    nom: "Tiers-lieu L'Atelier partagé",
    adresse: "5 allée des Artisans",
    commune: libourne!,
    typologies: ["TIERS_LIEUX"],
    visible: true,
    accueilPublic: true,
  },
  {
    key: "mairieAnnexe",
    nom: "Point numérique de la mairie annexe",
    adresse: "2 rue du Marché",
    commune: merignac!,
    typologies: ["MUNI"],
    visible: false,
    accueilPublic: true,
  },
  {
    key: "coordination",
    nom: "Coordination numérique Garonne",
    adresse: "60 rue Sainte-Catherine",
    commune: bordeaux!,
    typologies: ["ASSO"],
    visible: false,
    accueilPublic: false,
  },
  {
    key: "golfe",
    nom: "Espace numérique du Golfe",
    adresse: "10 rue du Port",
    commune: vannes!,
    typologies: ["EPN", "MUNI"],
    visible: true,
    accueilPublic: true,
  },
  {
    key: "loch",
    nom: "Médiathèque du Loch",
    adresse: "1 place de l'Église",
    commune: auray!,
    typologies: ["BIB"],
    visible: false,
    accueilPublic: true,
  },
  {
    key: "blavet",
    nom: "Centre social du Blavet",
    adresse: "18 rue des Écoles",
    commune: lanester!,
    typologies: ["CSC"],
    visible: true,
    accueilPublic: true,
  },
  {
    key: "agence",
    nom: "Agence démo de la médiation numérique",
    adresse: "20 avenue Daumesnil",
    commune: paris,
    typologies: ["Autre"],
    visible: false,
    accueilPublic: false,
  },
];
