// Fictional organisations (invented names, Luhn-valid SIRETs) in real communes, aligned with the demo
// dataset of shared/local. The SIREN 356000000 entry mimics La Poste, whose SIRETs fail Luhn upstream.

export interface EtablissementFixture {
  siret: string;
  /** Street part only; the API's `adresse` adds the postal code and the commune. */
  voie: string;
  codePostal: string;
  codeInsee: string;
  /** Upper case without accents, as in SIRENE. */
  commune: string;
  latitude: number;
  longitude: number;
  ferme?: boolean;
  nomCommercial?: string;
}

export interface EntrepriseFixture {
  siren: string;
  nom: string;
  natureJuridique: string;
  activitePrincipale: string;
  dateCreation: string;
  ferme?: boolean;
  /** The first one is the siège. */
  etablissements: [EtablissementFixture, ...EtablissementFixture[]];
}

const bordeaux = { codePostal: "33000", codeInsee: "33063", commune: "BORDEAUX" };

export const entreprisesFixture: readonly EntrepriseFixture[] = [
  {
    siren: "804621399",
    nom: "ASSOCIATION LIENS NUMERIQUES",
    natureJuridique: "9220",
    activitePrincipale: "94.99Z",
    dateCreation: "2014-09-02",
    etablissements: [
      {
        siret: "80462139900018",
        voie: "112 COURS DE LA SOMME",
        ...bordeaux,
        latitude: 44.8262,
        longitude: -0.5694,
      },
      {
        siret: "80462139900026",
        voie: "3 RUE DES TILLEULS",
        codePostal: "33150",
        codeInsee: "33119",
        commune: "CENON",
        latitude: 44.8575,
        longitude: -0.5314,
        nomCommercial: "ANTENNE DES COTEAUX",
      },
      {
        siret: "80462139900034",
        voie: "5 ALLEE DES ARTISANS",
        codePostal: "33500",
        codeInsee: "33243",
        commune: "LIBOURNE",
        latitude: 44.915,
        longitude: -0.2439,
        nomCommercial: "TIERS-LIEU L'ATELIER PARTAGE",
      },
    ],
  },
  {
    siren: "812456374",
    nom: "PÔLE SOLIDARITÉS DE TALENCE",
    natureJuridique: "7361",
    activitePrincipale: "88.99B",
    dateCreation: "2015-06-15",
    etablissements: [
      {
        siret: "81245637400014",
        voie: "45 RUE PEYDAVANT",
        codePostal: "33400",
        codeInsee: "33522",
        commune: "TALENCE",
        latitude: 44.8083,
        longitude: -0.5886,
      },
    ],
  },
  {
    siren: "798345120",
    nom: "ESPACE NUMERIQUE DES QUAIS",
    natureJuridique: "9220",
    activitePrincipale: "85.59B",
    dateCreation: "2013-11-04",
    etablissements: [
      {
        siret: "79834512000017",
        voie: "14 QUAI DES CHARTRONS",
        ...bordeaux,
        latitude: 44.8521,
        longitude: -0.5697,
      },
    ],
  },
  {
    siren: "842135790",
    nom: "COORDINATION NUMERIQUE GARONNE",
    natureJuridique: "9220",
    activitePrincipale: "94.99Z",
    dateCreation: "2018-09-20",
    etablissements: [
      {
        siret: "84213579000017",
        voie: "60 RUE SAINTE-CATHERINE",
        ...bordeaux,
        latitude: 44.8378,
        longitude: -0.5736,
      },
    ],
  },
  {
    siren: "901273649",
    nom: "ESPACE NUMERIQUE DU GOLFE",
    natureJuridique: "9220",
    activitePrincipale: "85.59B",
    dateCreation: "2021-07-01",
    etablissements: [
      {
        siret: "90127364900011",
        voie: "10 RUE DU PORT",
        codePostal: "56000",
        codeInsee: "56260",
        commune: "VANNES",
        latitude: 47.6582,
        longitude: -2.7608,
      },
    ],
  },
  {
    siren: "835719469",
    nom: "AGENCE DEMO DE LA MEDIATION NUMERIQUE",
    natureJuridique: "5710",
    activitePrincipale: "70.22Z",
    dateCreation: "2018-01-08",
    etablissements: [
      {
        siret: "83571946900016",
        voie: "20 AVENUE DAUMESNIL",
        codePostal: "75012",
        codeInsee: "75112",
        commune: "PARIS 12",
        latitude: 48.8412,
        longitude: 2.3876,
      },
    ],
  },
  {
    siren: "774125892",
    nom: "CYBER-CAFE LE PIXEL ANCIEN",
    natureJuridique: "5499",
    activitePrincipale: "47.41Z",
    dateCreation: "2009-03-12",
    ferme: true,
    etablissements: [
      {
        siret: "77412589200018",
        voie: "2 RUE DU MARCHE",
        codePostal: "33700",
        codeInsee: "33281",
        commune: "MERIGNAC",
        latitude: 44.8386,
        longitude: -0.6436,
        ferme: true,
      },
    ],
  },
  {
    siren: "883652018",
    nom: "MAISON FRANCE SERVICES DES JALLES",
    natureJuridique: "9220",
    activitePrincipale: "88.99B",
    dateCreation: "2020-05-18",
    etablissements: [
      {
        siret: "88365201800010",
        voie: "8 PLACE DE LA MAIRIE",
        codePostal: "33320",
        codeInsee: "33162",
        commune: "EYSINES",
        latitude: 44.8836,
        longitude: -0.65,
      },
    ],
  },
  {
    siren: "915384721",
    nom: "ASSOCIATION ÉMILE ET ZOÉ NUMÉRIQUE",
    natureJuridique: "9220",
    activitePrincipale: "94.99Z",
    dateCreation: "2022-06-30",
    etablissements: [
      {
        siret: "91538472100014",
        voie: "7 RUE DES ARMURIERS",
        codePostal: "42000",
        codeInsee: "42218",
        commune: "SAINT-ETIENNE",
        latitude: 45.4397,
        longitude: 4.3872,
      },
    ],
  },
  {
    siren: "852946136",
    nom: "FABRIQUE NUMÉRIQUE DES MONTS",
    natureJuridique: "5560",
    activitePrincipale: "62.09Z",
    dateCreation: "2019-04-23",
    etablissements: [
      {
        siret: "85294613600011",
        voie: "19 RUE DU PUY",
        codePostal: "63000",
        codeInsee: "63113",
        commune: "CLERMONT-FERRAND",
        latitude: 45.7772,
        longitude: 3.087,
      },
      {
        siret: "85294613600029",
        voie: "4 PLACE DU MARCHE",
        codePostal: "63500",
        codeInsee: "63178",
        commune: "ISSOIRE",
        latitude: 45.5442,
        longitude: 3.2489,
        ferme: true,
        nomCommercial: "ATELIER NUMERIQUE D'ISSOIRE",
      },
    ],
  },
  {
    siren: "356000000",
    nom: "BUREAU DE POSTE DE DEMONSTRATION",
    natureJuridique: "5599",
    activitePrincipale: "53.10Z",
    dateCreation: "1991-01-01",
    etablissements: [
      {
        siret: "35600000026440",
        voie: "1 PLACE DE LA POSTE",
        codePostal: "75015",
        codeInsee: "75115",
        commune: "PARIS 15",
        latitude: 48.8413,
        longitude: 2.3003,
      },
      {
        siret: "35600000083410",
        voie: "27 AVENUE DE LA LIBERATION",
        codePostal: "33310",
        codeInsee: "33249",
        commune: "LORMONT",
        latitude: 44.8792,
        longitude: -0.5217,
        nomCommercial: "AGENCE POSTALE DE LORMONT",
      },
      {
        siret: "35600000049120",
        voie: "1 PLACE DE L'EGLISE",
        codePostal: "56400",
        codeInsee: "56007",
        commune: "AURAY",
        latitude: 47.6679,
        longitude: -2.9817,
        nomCommercial: "AGENCE POSTALE D'AURAY",
      },
    ],
  },
];
