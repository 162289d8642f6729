// Stand-in for the public "API Recherche d'entreprises": GET /search?q=&page=&per_page= with its JSON shape.
import { createDownSwitch, type DownControls, type Unavailability } from "../down-switch.ts";
import { listen, sendJson } from "../http.ts";
import { type EntrepriseFixture, type EtablissementFixture, entreprisesFixture } from "./fixture.ts";

export interface RechercheEntreprisesStandinOptions {
  port?: number;
  entreprises?: readonly EntrepriseFixture[];
  unavailable?: Unavailability;
}

export interface RechercheEntreprisesStandin extends DownControls {
  url: string;
  close(): Promise<void>;
}

/** Lower case, no accents, punctuation as spaces: "Pôle Solidarités" and "pole solidarites" match. */
export const normaliserTexte = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const etablissementJson = (entreprise: EntrepriseFixture, etablissement: EtablissementFixture) => {
  const ferme = Boolean(entreprise.ferme || etablissement.ferme);
  return {
    siret: etablissement.siret,
    adresse: `${etablissement.voie} ${etablissement.codePostal} ${etablissement.commune}`,
    code_postal: etablissement.codePostal,
    commune: etablissement.codeInsee,
    libelle_commune: etablissement.commune,
    departement: etablissement.codeInsee.slice(0, 2),
    // Upstream sends coordinates as strings.
    latitude: String(etablissement.latitude),
    longitude: String(etablissement.longitude),
    activite_principale: entreprise.activitePrincipale,
    date_creation: entreprise.dateCreation,
    est_siege: etablissement === entreprise.etablissements[0],
    etat_administratif: ferme ? "F" : "A",
    date_fermeture: ferme ? "2024-12-31" : null,
    nom_commercial: etablissement.nomCommercial ?? null,
    liste_enseignes: etablissement.nomCommercial ? [etablissement.nomCommercial] : null,
    tranche_effectif_salarie: "03",
  };
};

const entrepriseJson = (entreprise: EntrepriseFixture, matching: readonly EtablissementFixture[]) => ({
  siren: entreprise.siren,
  nom_complet: entreprise.nom,
  nom_raison_sociale: entreprise.nom,
  sigle: null,
  nombre_etablissements: entreprise.etablissements.length,
  nombre_etablissements_ouverts: entreprise.ferme
    ? 0
    : entreprise.etablissements.filter((etablissement) => !etablissement.ferme).length,
  siege: etablissementJson(entreprise, entreprise.etablissements[0]),
  activite_principale: entreprise.activitePrincipale,
  categorie_entreprise: "PME",
  date_creation: entreprise.dateCreation,
  // SIRENE: a legal unit is "C" (cessée), an établissement "F" (fermé).
  etat_administratif: entreprise.ferme ? "C" : "A",
  nature_juridique: entreprise.natureJuridique,
  section_activite_principale: null,
  dirigeants: [],
  finances: null,
  matching_etablissements: matching.map((etablissement) => etablissementJson(entreprise, etablissement)),
});

type Hit = { entreprise: EntrepriseFixture; matching: readonly EtablissementFixture[] };

const rechercher = (entreprises: readonly EntrepriseFixture[], q: string): Hit[] => {
  const compact = q.replace(/\s+/g, "");
  if (/^\d{14}$/.test(compact)) {
    return entreprises.flatMap((entreprise) => {
      const etablissement = entreprise.etablissements.find((e) => e.siret === compact);
      return etablissement ? [{ entreprise, matching: [etablissement] }] : [];
    });
  }
  if (/^\d{9}$/.test(compact)) {
    return entreprises
      .filter((entreprise) => entreprise.siren === compact)
      .map((entreprise) => ({ entreprise, matching: [entreprise.etablissements[0]] }));
  }
  const mots = normaliserTexte(q).split(" ").filter(Boolean);
  return entreprises.flatMap((entreprise) => {
    const texte = (etablissement: EtablissementFixture) =>
      normaliserTexte(
        [entreprise.nom, etablissement.nomCommercial ?? "", etablissement.voie, etablissement.commune].join(
          " ",
        ),
      );
    const matching = entreprise.etablissements.filter((etablissement) => {
      const haystack = ` ${texte(etablissement)} `;
      return mots.every((mot) => haystack.includes(mot));
    });
    return matching.length > 0 ? [{ entreprise, matching }] : [];
  });
};

export async function startRechercheEntreprisesStandin(
  options: RechercheEntreprisesStandinOptions = {},
): Promise<RechercheEntreprisesStandin> {
  const entreprises = options.entreprises ?? entreprisesFixture;
  const down = createDownSwitch(options.unavailable);

  const running = await listen((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (down.intercept(res)) return;
    if (req.method !== "GET" || url.pathname !== "/search") {
      sendJson(res, 404, { erreur: "Ressource introuvable" });
      return;
    }
    const q = (url.searchParams.get("q") ?? "").trim();
    const page = Number(url.searchParams.get("page") ?? "1");
    const perPage = Number(url.searchParams.get("per_page") ?? "10");
    if (q.length < 3) {
      sendJson(res, 400, { erreur: "Veuillez indiquer au moins 3 caractères." });
      return;
    }
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > 25) {
      sendJson(res, 400, { erreur: "Paramètres de pagination invalides (per_page entre 1 et 25)." });
      return;
    }
    const etat = url.searchParams.get("etat_administratif");
    const hits = rechercher(entreprises, q).filter(
      (hit) => !etat || (etat === "C") === Boolean(hit.entreprise.ferme),
    );
    const start = (page - 1) * perPage;
    sendJson(res, 200, {
      results: hits.slice(start, start + perPage).map((hit) => entrepriseJson(hit.entreprise, hit.matching)),
      total_results: hits.length,
      page,
      per_page: perPage,
      total_pages: Math.ceil(hits.length / perPage),
    });
  }, options.port);

  return {
    url: running.url,
    failNext: down.failNext,
    setUnavailable: down.setUnavailable,
    close: running.close,
  };
}
