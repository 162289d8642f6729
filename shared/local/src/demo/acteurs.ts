import { type Commune, communesGironde, communesMorbihan, paris, type StructureKey } from "./referentiel.ts";

// The demo accounts (fictional people, fictional domain) and their team.

export type CompteKey = "lea" | "thomas" | "nadia" | "julien" | "sophie" | "antoine";

export type LieuDefinition = {
  structure: StructureKey;
  /** Months before the reference date when the médiateur started there. */
  depuisMois: number;
  /** Months before the reference date when the médiateur left (fin_activite). */
  jusquaMois?: number;
};

export type CompteDefinition = {
  key: CompteKey;
  prenom: string;
  nom: string;
  role: "mediateur" | "conseiller-numerique" | "coordinateur" | "admin";
  employeur: StructureKey;
  /** Months of employment before the reference date. */
  emploiDepuisMois: number;
  lieux: LieuDefinition[];
  /** Share of the activités (médiateurs only). */
  part: number;
  communes: readonly Commune[];
};

export const compteDefinitions: readonly CompteDefinition[] = [
  {
    key: "lea",
    prenom: "Léa",
    nom: "Moreau",
    role: "conseiller-numerique",
    employeur: "solidarites",
    emploiDepuisMois: 38,
    part: 0.3,
    communes: communesGironde,
    lieux: [
      { structure: "solidarites", depuisMois: 38 },
      { structure: "coteaux", depuisMois: 30 },
      { structure: "jalles", depuisMois: 20 },
    ],
  },
  {
    key: "thomas",
    prenom: "Thomas",
    nom: "Girard",
    role: "mediateur",
    employeur: "quais",
    emploiDepuisMois: 26,
    part: 0.3,
    communes: communesGironde,
    lieux: [
      { structure: "quais", depuisMois: 26 },
      { structure: "liens", depuisMois: 24 },
      { structure: "mairieAnnexe", depuisMois: 24, jusquaMois: 6 },
    ],
  },
  {
    key: "nadia",
    prenom: "Nadia",
    nom: "Benali",
    role: "mediateur",
    employeur: "liens",
    emploiDepuisMois: 14,
    part: 0.15,
    communes: communesGironde,
    lieux: [
      { structure: "liens", depuisMois: 14 },
      { structure: "parc", depuisMois: 13 },
    ],
  },
  {
    key: "julien",
    prenom: "Julien",
    nom: "Le Goff",
    role: "mediateur",
    employeur: "golfe",
    emploiDepuisMois: 50,
    part: 0.25,
    communes: communesMorbihan,
    lieux: [
      { structure: "golfe", depuisMois: 50 },
      { structure: "loch", depuisMois: 40 },
      { structure: "blavet", depuisMois: 22 },
    ],
  },
  {
    key: "sophie",
    prenom: "Sophie",
    nom: "Marchand",
    role: "coordinateur",
    employeur: "coordination",
    emploiDepuisMois: 34,
    part: 0,
    communes: communesGironde,
    lieux: [],
  },
  {
    key: "antoine",
    prenom: "Antoine",
    nom: "Dupuis",
    role: "admin",
    employeur: "agence",
    emploiDepuisMois: 60,
    part: 0,
    communes: [paris],
    lieux: [],
  },
];

/** The coordinated team: Nadia is a former member (suppression set), Julien has a pending invitation. */
export const equipe = {
  coordinateur: "sophie",
  membres: [
    { mediateur: "lea", depuisMois: 30 },
    { mediateur: "thomas", depuisMois: 22 },
    { mediateur: "nadia", depuisMois: 12, jusquaMois: 4 },
  ],
  invitation: "julien",
} as const satisfies {
  coordinateur: CompteKey;
  membres: readonly { mediateur: CompteKey; depuisMois: number; jusquaMois?: number }[];
  invitation: CompteKey;
};

export const demoEmailDomain = "coop-demo.fr";
