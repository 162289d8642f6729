import { employeur, erreur, mediatheque, moi, nouvelleInscrite, type Stubs } from "./api-stubs.ts";

// A stand-in for the inscription endpoints of the auth and structures functions, with memory.

const entreprise = {
  siret: employeur.siret,
  siren: "804621399",
  nom: employeur.nom,
  adresse: "112 COURS DE LA SOMME 33000 BORDEAUX",
  codePostal: "33000",
  commune: "BORDEAUX",
  codeInsee: "33063",
  actif: true,
};

export const messageDataspace =
  "Le Dataspace ne répond pas : vos informations de conseiller numérique arriveront plus tard.";

/** A server that remembers the inscription, as the auth and structures functions would. */
export function serveurInscription(): Stubs {
  const etat = {
    etape: "choisir-role",
    utilisateur: {
      email: nouvelleInscrite.email,
      firstName: "Léa",
      lastName: "Martin",
      phone: null as string | null,
      siret: null,
      isConseillerNumerique: false,
      profilInscription: null as string | null,
      acceptationCgu: null as string | null,
    },
    roles: { mediateur: false, coordinateur: false },
  };
  let structureEmployeuse: typeof employeur | null = null;
  const connus = new Map([employeur, mediatheque].map((lieu) => [lieu.id, lieu as Record<string, unknown>]));
  let lieux: Record<string, unknown>[] = [];
  let validee: string | null = null;

  return {
    "GET /auth/me": () => moi({ ...nouvelleInscrite, inscriptionValidee: validee }),
    "POST /auth/inscription/initialiser": {
      body: { etape: "choisir-role", dataspace: "indisponible", message: messageDataspace },
    },
    "GET /auth/inscription": () => ({ body: etat }),
    "POST /auth/inscription/role": ({ body }) => {
      const { profil } = body as { profil: "mediateur" | "coordinateur" };
      etat.roles[profil] = true;
      etat.utilisateur.profilInscription = profil;
      etat.utilisateur.acceptationCgu = new Date().toISOString();
      etat.etape = "verifier-informations";
      return { body: { etape: etat.etape } };
    },
    "PUT /auth/inscription/informations": ({ body }) => {
      Object.assign(etat.utilisateur, body);
      etat.etape = "structure-employeuse";
      return { body: { etape: etat.etape } };
    },
    "GET /structures/entreprises": ({ query }) => ({
      body: { entreprises: query.get("siret") === employeur.siret ? [entreprise] : [] },
    }),
    "GET /structures/inscription/structure-employeuse": () => ({ body: { structureEmployeuse } }),
    "PUT /structures/inscription/structure-employeuse": () => {
      structureEmployeuse = employeur;
      etat.etape = etat.roles.mediateur ? "lieux-activite" : "recapitulatif";
      return { body: { structureEmployeuse: employeur } };
    },
    "GET /structures/recherche": ({ query }) => ({
      body: {
        structures: [...connus.values()].filter((lieu) =>
          String(lieu.nom)
            .toLowerCase()
            .includes((query.get("q") ?? "").toLowerCase()),
        ),
      },
    }),
    "POST /structures": ({ body }) => {
      // The server answers the stored structure: the address flattened as in every structure.
      const { adresse, ...reste } = body as {
        adresse: { voie: string; commune: string; codePostal: string };
      };
      const cree: Record<string, unknown> = {
        id: "5a1b2c3d-0000-4000-8000-000000000099",
        ...reste,
        adresse: adresse.voie,
        commune: adresse.commune,
        codePostal: adresse.codePostal,
      };
      connus.set(cree.id as string, cree);
      return { status: 201, body: { structure: cree } };
    },
    "GET /structures/inscription/lieux-activite": () => ({ body: { lieux } }),
    "PUT /structures/inscription/lieux-activite": ({ body }) => {
      lieux = (body as { structureIds: string[] }).structureIds.map(
        (id) => connus.get(id) ?? { id, nom: id },
      );
      etat.etape = "recapitulatif";
      return { body: { lieux } };
    },
    "POST /auth/inscription/validation": () => {
      validee = new Date().toISOString();
      etat.etape = "terminee";
      return { body: { redirection: "/coop" } };
    },
  };
}
