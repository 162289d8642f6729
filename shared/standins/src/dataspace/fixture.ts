// Fictional Dataspace answers for the demo accounts (same people and SIRETs as the other fixtures).

export interface DataspaceAdresse {
  nom_voie: string;
  numero_voie: number | null;
  repetition: string | null;
  code_postal: string;
  code_insee: string;
  nom_commune: string;
}

export interface DataspaceContact {
  nom: string;
  prenom: string;
  courriels: { mail_gestionnaire?: string; mail_pro?: string };
  telephone?: string;
}

/** One element of the JSON array answered by `GET /rpc/get_mediateur?email=`. */
export interface DataspaceMediateurFixture {
  id: number;
  is_coordinateur: boolean;
  is_conseiller_numerique: boolean;
  pg_id: number | null;
  structures_employeuses: Array<{
    nom: string;
    siret: string;
    ids: {
      dataspace: number | null;
      aidant_connect: string | null;
      coop: string | null;
      pg_id: number | null;
    };
    contact: DataspaceContact | null;
    adresse: DataspaceAdresse;
    contrats: Array<{
      type: string;
      date_debut: string;
      date_fin: string | null;
      date_rupture: string | null;
    }>;
  }>;
  lieux_activite: Array<{
    nom: string;
    siret: string;
    adresse: DataspaceAdresse;
    contact: DataspaceContact | null;
  }>;
  conseillers_numeriques_coordonnes: Array<{
    ids: {
      coop: string | null;
      cn_pg: string | null;
      dataspace: number | null;
      aidant_connect: string | null;
      conseiller_numerique: string | null;
    };
    nom: string;
    prenom: string;
    contact: { courriels: { mail_pro?: string }; telephone?: string };
  }>;
}

const poleSolidarites = {
  nom: "Pôle solidarités de Talence",
  siret: "81245637400014",
  adresse: {
    nom_voie: "RUE PEYDAVANT",
    numero_voie: 45,
    repetition: null,
    code_postal: "33400",
    code_insee: "33522",
    nom_commune: "Talence",
  },
  contact: {
    nom: "Roux",
    prenom: "Hélène",
    courriels: { mail_gestionnaire: "direction@pole-solidarites.coop-demo.fr" },
    telephone: "+33556000001",
  },
};

/** Keyed by lower-case email. */
export const dataspaceFixture: Readonly<Record<string, DataspaceMediateurFixture>> = {
  "lea.moreau@coop-demo.fr": {
    id: 70001,
    is_coordinateur: false,
    is_conseiller_numerique: true,
    pg_id: 41257,
    structures_employeuses: [
      {
        ...poleSolidarites,
        ids: { dataspace: 3101, aidant_connect: null, coop: null, pg_id: 5120 },
        contrats: [{ type: "CDD", date_debut: "2023-09-01", date_fin: "2027-08-31", date_rupture: null }],
      },
    ],
    lieux_activite: [
      poleSolidarites,
      {
        nom: "Maison France Services des Jalles",
        siret: "88365201800010",
        adresse: {
          nom_voie: "PLACE DE LA MAIRIE",
          numero_voie: 8,
          repetition: null,
          code_postal: "33320",
          code_insee: "33162",
          nom_commune: "Eysines",
        },
        contact: null,
      },
    ],
    conseillers_numeriques_coordonnes: [],
  },
  "sophie.marchand@coop-demo.fr": {
    id: 70002,
    is_coordinateur: true,
    is_conseiller_numerique: true,
    pg_id: 41301,
    structures_employeuses: [
      {
        nom: "Coordination numérique Garonne",
        siret: "84213579000017",
        ids: { dataspace: 3102, aidant_connect: null, coop: null, pg_id: 5121 },
        contact: null,
        adresse: {
          nom_voie: "RUE SAINTE-CATHERINE",
          numero_voie: 60,
          repetition: null,
          code_postal: "33000",
          code_insee: "33063",
          nom_commune: "Bordeaux",
        },
        contrats: [{ type: "CDI", date_debut: "2023-01-02", date_fin: null, date_rupture: null }],
      },
    ],
    lieux_activite: [],
    conseillers_numeriques_coordonnes: [
      {
        ids: {
          coop: null,
          cn_pg: "41257",
          dataspace: 70001,
          aidant_connect: null,
          conseiller_numerique: null,
        },
        nom: "Moreau",
        prenom: "Léa",
        contact: { courriels: { mail_pro: "lea.moreau@coop-demo.fr" } },
      },
    ],
  },
};
