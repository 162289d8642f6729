import {
  beneficiaireFormulaireSchema,
  craCollectifSchema,
  craIndividuelSchema,
  thematique,
  type z,
} from "@coop/domain";
import { type Appel, erreur, mediatheque, mediatrice, moi, type Reponse, type Stubs } from "./api-stubs.ts";
import {
  type Activite,
  activitesDeDemo,
  type Beneficiaire,
  beneficiairesDeDemo,
  communes,
  franceServices,
  tagsConnus,
  uuid,
} from "./coop-donnees.ts";

export { communes, franceServices, tagsConnus } from "./coop-donnees.ts";

// A stand-in with memory for the endpoints of the activites and beneficiaires functions (and the
// médiateur's lieux), as the brief's contract describes them: the islands can be driven in a browser
// without a database. Bodies are checked with the shared schemas the functions run, and refused with
// the house 400 (`fields` keyed by body path). The real round trip through the functions is covered by
// shared/local's tests.

const fieldErrors = (issues: readonly z.core.$ZodIssue[]) => {
  const fields: Record<string, string> = {};
  for (const issue of issues)
    fields[issue.path.length ? issue.path.map(String).join(".") : "_"] ??= issue.message;
  return fields;
};

const invalide = (fields: Record<string, string>) =>
  erreur(400, "validation_error", "Certains champs sont invalides. Corrigez-les puis réessayez.", fields);

const introuvable = (quoi: string) => erreur(404, "not_found", `${quoi} est introuvable.`);

const mots = (texte: string | null) =>
  (texte ?? "").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").split(/\s+/).filter(Boolean);

const contient = (valeurs: unknown[], q: string | null) => {
  const texte = mots(valeurs.filter(Boolean).join(" ")).join(" ");
  return mots(q).every((mot) => texte.includes(mot));
};

export type Options = {
  /** How many bénéficiaires and activités the médiateur already has. */
  beneficiaires?: number;
  activites?: number;
  lieux?: (typeof mediatheque)[];
};

export type ServeurCoop = {
  stubs: Stubs;
  beneficiaires: Beneficiaire[];
  activites: Activite[];
  tags: { id: string; nom: string; portee: string }[];
  /** What `POST /beneficiaires/import/analyse` answers next. */
  rapportImport: { lignes: unknown[]; valides: number; invalides: number };
};

/** The médiateur's data, in memory, with the routes that read and change it. */
export function serveurCoop({
  beneficiaires: nombreBeneficiaires = 3,
  activites: nombreActivites = 0,
  lieux = [mediatheque, franceServices],
}: Options = {}): ServeurCoop {
  let suivant = 1000;
  const nouvelId = (prefixe: string) => uuid(prefixe, suivant++);
  const tags = [...tagsConnus];

  const beneficiaires = beneficiairesDeDemo(nombreBeneficiaires);
  const personne = (id: string) => {
    const b = beneficiaires.find((x) => x.id === id);
    return b ? { id: b.id, prenom: b.prenom, nom: b.nom } : null;
  };

  const activites = activitesDeDemo(nombreActivites, beneficiaires, lieux);

  const serveur: ServeurCoop = {
    beneficiaires,
    activites,
    tags,
    rapportImport: { lignes: [], valides: 0, invalides: 0 },
    stubs: {},
  };

  const detailBeneficiaire = (b: Beneficiaire) => ({
    ...b,
    thematiques: b.accompagnementsCount
      ? [
          { value: "email", label: thematique.label("email"), count: 2 },
          { value: "sante", label: thematique.label("sante"), count: 1 },
        ]
      : [],
    // The first two look alike (see "GET /beneficiaires/doublons").
    doublonPotentiel: b.id === beneficiaires[0]?.id,
  });

  const enregistrerBeneficiaire = (corps: unknown, existant?: Beneficiaire): Reponse => {
    const resultat = beneficiaireFormulaireSchema.safeParse(corps);
    if (!resultat.success) return invalide(fieldErrors(resultat.error.issues));
    const { commune, ...valeurs } = resultat.data;
    const maintenant = new Date().toISOString();
    const b: Beneficiaire = {
      ...(existant ?? {
        id: nouvelId("b0000000"),
        accompagnementsCount: 0,
        creation: maintenant,
        import: null,
      }),
      ...valeurs,
      commune: commune?.nom ?? null,
      communeCodePostal: commune?.codePostal ?? null,
      communeCodeInsee: commune?.codeInsee ?? null,
      modification: maintenant,
    } as Beneficiaire;
    if (existant) Object.assign(existant, b);
    else beneficiaires.push(b);
    return { status: existant ? 200 : 201, body: { beneficiaire: detailBeneficiaire(b) } };
  };

  const enregistrerActivite = (
    type: "individuel" | "collectif",
    corps: unknown,
    existante?: Activite,
  ): Reponse => {
    const resultat = (type === "individuel" ? craIndividuelSchema : craCollectifSchema).safeParse(corps);
    if (!resultat.success) return invalide(fieldErrors(resultat.error.issues));
    const cra = resultat.data as Record<string, unknown>;
    const lieu = lieux.find((l) => l.id === cra.structureId);
    if (cra.structureId && !lieu)
      return invalide({ structureId: "Ce lieu ne fait pas partie de vos lieux d'activité." });
    const ids = type === "individuel" ? [cra.beneficiaireId].filter(Boolean) : (cra.participants as string[]);
    for (const id of ids as string[])
      if (!personne(id))
        return invalide({
          [type === "individuel" ? "beneficiaireId" : "participants"]: "Bénéficiaire introuvable.",
        });
    const maintenant = new Date().toISOString();
    const anonymes = cra.participantsAnonymes as { total: number } | undefined;
    const a: Activite = {
      ...(existante ?? { id: nouvelId("a0000000"), creation: maintenant }),
      ...cra,
      type,
      date: cra.date as string,
      structure: lieu
        ? { id: lieu.id, nom: lieu.nom, commune: lieu.commune, codePostal: lieu.codePostal }
        : null,
      lieu: lieu?.nom ?? (cra.lieuCommune as { nom?: string } | null)?.nom ?? null,
      tags: (cra.tags as string[]).map((id) => ({ id, nom: tags.find((t) => t.id === id)?.nom ?? "?" })),
      beneficiaire:
        type === "individuel" && cra.beneficiaireId ? personne(cra.beneficiaireId as string) : null,
      participants: type === "collectif" ? (cra.participants as string[]).map((id) => personne(id)) : [],
      participantsCount:
        type === "individuel" ? 1 : (cra.participants as string[]).length + (anonymes?.total ?? 0),
      modification: maintenant,
    };
    if (existante) Object.assign(existante, a);
    else activites.push(a);
    return { status: existante ? 200 : 201, body: { activite: a } };
  };

  const trouverBeneficiaire = ({ params }: Appel) => beneficiaires.find((b) => b.id === params.id);
  const trouverActivite = ({ params }: Appel) => activites.find((a) => a.id === params.id);

  serveur.stubs = {
    "GET /auth/me": moi(mediatrice),
    "GET /structures/mes-lieux": { body: { lieux } },
    "GET /activites/durees-frequentes": { body: { durees: [60, 20] } },
    "GET /activites/tags": () => ({ body: { tags } }),
    "POST /activites/tags": ({ body }) => {
      const { nom } = body as { nom: string };
      if (!nom || nom.trim().length < 3)
        return invalide({ nom: "Le nom du tag doit compter au moins 3 caractères." });
      const tag = { id: nouvelId("7a000000"), nom: nom.trim(), portee: "personnel" };
      tags.push(tag);
      return { status: 201, body: { tag } };
    },
    "GET /beneficiaires/communes": ({ query }) => ({
      body: { communes: communes.filter((c) => contient([c.nom, c.codePostal], query.get("q"))) },
    }),
    "GET /beneficiaires/recherche": ({ query }) => {
      const exclus = (query.get("exclure") ?? "").split(",");
      return {
        body: {
          beneficiaires: beneficiaires
            .filter(
              (b) =>
                !exclus.includes(b.id) &&
                contient([b.prenom, b.nom, b.commune, b.email, b.communeCodePostal], query.get("q")),
            )
            .slice(0, 10),
        },
      };
    },
    "GET /beneficiaires": ({ query }) => {
      const tri = query.get("tri") ?? "nom";
      const sens = query.get("ordre") === "desc" ? -1 : 1;
      const page = Number(query.get("page") ?? 1);
      const lignes = Number(query.get("lignes") ?? 20);
      const trouves = beneficiaires
        .filter((b) =>
          contient([b.prenom, b.nom, b.commune, b.email, b.communeCodePostal], query.get("recherche")),
        )
        .sort((x, y) => {
          const a = x[tri] as string | number;
          const b = y[tri] as string | number;
          return (a < b ? -1 : a > b ? 1 : 0) * sens;
        });
      return {
        body: {
          beneficiaires: trouves.slice((page - 1) * lignes, page * lignes),
          total: trouves.length,
          page,
          lignes,
        },
      };
    },
    "POST /beneficiaires": ({ body }) => enregistrerBeneficiaire(body),
    "GET /beneficiaires/doublons": () => {
      const [a, b] = beneficiaires;
      return {
        body: { paires: a && b ? [{ a: { ...a }, b: { ...b }, criteres: ["nom", "telephone"] }] : [] },
      };
    },
    "POST /beneficiaires/fusion": ({ body }) => {
      const { sourceId, destinationId } = body as { sourceId: string; destinationId: string };
      const source = beneficiaires.findIndex((b) => b.id === sourceId);
      const destination = beneficiaires.find((b) => b.id === destinationId);
      if (source < 0 || !destination) return introuvable("Ce bénéficiaire");
      beneficiaires.splice(source, 1);
      return { body: { beneficiaire: destination } };
    },
    "POST /beneficiaires/suppression": ({ body }) => {
      const { ids } = body as { ids: string[] };
      for (const id of ids) {
        const rang = beneficiaires.findIndex((b) => b.id === id);
        if (rang >= 0) beneficiaires.splice(rang, 1);
      }
      return { status: 204 };
    },
    "POST /beneficiaires/import/analyse": () => ({ body: serveur.rapportImport }),
    "POST /beneficiaires/import": () =>
      serveur.rapportImport.invalides > 0
        ? {
            status: 400,
            body: {
              error: {
                code: "validation_error",
                message: "Le fichier contient des erreurs : rien n'a été importé.",
              },
              ...serveur.rapportImport,
            },
          }
        : { status: 201, body: { crees: serveur.rapportImport.valides } },
    "GET /beneficiaires/:id": (appel) => {
      const b = trouverBeneficiaire(appel);
      return b ? { body: { beneficiaire: detailBeneficiaire(b) } } : introuvable("Ce bénéficiaire");
    },
    "PUT /beneficiaires/:id": (appel) => {
      const b = trouverBeneficiaire(appel);
      return b ? enregistrerBeneficiaire(appel.body, b) : introuvable("Ce bénéficiaire");
    },
    "DELETE /beneficiaires/:id": (appel) => {
      const rang = beneficiaires.findIndex((b) => b.id === appel.params.id);
      if (rang < 0) return introuvable("Ce bénéficiaire");
      beneficiaires.splice(rang, 1);
      return { status: 204 };
    },
    "GET /beneficiaires/:id/accompagnements": (appel) => {
      const b = trouverBeneficiaire(appel);
      if (!b) return introuvable("Ce bénéficiaire");
      const siennes = activites.filter((a) => (a.beneficiaire as { id?: string } | null)?.id === b.id);
      return {
        body: {
          accompagnements: siennes.map((a) => ({
            activiteId: a.id,
            date: a.date,
            type: a.type,
            duree: a.duree,
            thematiques: a.thematiques,
            titreAtelier: a.titreAtelier ?? null,
            lieu: {
              typeLieu: a.typeLieu,
              nom: (a.structure as { nom?: string } | null)?.nom ?? null,
              commune: null,
              codePostal: null,
            },
          })),
          total: siennes.length,
        },
      };
    },
    "POST /activites/individuel": ({ body }) => enregistrerActivite("individuel", body),
    "POST /activites/collectif": ({ body }) => enregistrerActivite("collectif", body),
    "GET /activites": ({ query }) => {
      const page = Number(query.get("page") ?? 1);
      const lignes = Number(query.get("lignes") ?? 20);
      const types = query.get("types")?.split(",");
      const sens = query.get("ordre") === "asc" ? 1 : -1;
      const tri = query.get("tri") ?? "date";
      const trouvees = activites
        .filter((a) => !types || types.includes(a.type))
        .filter((a) => !query.get("du") || a.date >= (query.get("du") as string))
        .filter((a) => !query.get("au") || a.date <= (query.get("au") as string))
        .filter((a) =>
          contient(
            [
              (a.beneficiaire as { nom?: string } | null)?.nom,
              (a.beneficiaire as { prenom?: string } | null)?.prenom,
              a.titreAtelier,
              a.lieu,
            ],
            query.get("recherche"),
          ),
        )
        .sort((x, y) => {
          const a = x[tri] as string | number;
          const b = y[tri] as string | number;
          return (a < b ? -1 : a > b ? 1 : 0) * sens;
        });
      return {
        body: {
          activites: trouvees.slice((page - 1) * lignes, page * lignes),
          total: trouvees.length,
          page,
          lignes,
        },
      };
    },
    "GET /activites/:id": (appel) => {
      const a = trouverActivite(appel);
      return a ? { body: { activite: a } } : introuvable("Cette activité");
    },
    "PUT /activites/:id": (appel) => {
      const a = trouverActivite(appel);
      return a ? enregistrerActivite(a.type, appel.body, a) : introuvable("Cette activité");
    },
    "DELETE /activites/:id": (appel) => {
      const rang = activites.findIndex((a) => a.id === appel.params.id);
      if (rang < 0) return introuvable("Cette activité");
      activites.splice(rang, 1);
      return { status: 204 };
    },
  };
  return serveur;
}
