import { describe, expect, it } from "vitest";
import { type StructureFormulaire, structureFormulaireSchema } from "../index.ts";

const minimal: StructureFormulaire = {
  nom: "Médiathèque Émile Zola",
  adresse: {
    voie: "7 Rue des Armuriers",
    commune: "Saint-Étienne",
    codePostal: "42000",
    codeInsee: "42218",
    latitude: 45.4397,
    longitude: 4.3872,
    banId: "42218_0450_00007",
  },
  typologies: ["BIB"],
};

const erreurs = (formulaire: Record<string, unknown>) => {
  const result = structureFormulaireSchema.safeParse({ ...minimal, ...formulaire });
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
};

describe("structure creation form", () => {
  it("accepts the minimal form and fills the defaults", () => {
    const structure = structureFormulaireSchema.parse(minimal);
    expect(structure).toMatchObject({
      nom: "Médiathèque Émile Zola",
      siret: null,
      lieuItinerant: false,
      visiblePourCartographieNationale: false,
      services: [],
      toutPublic: true,
      publicsSpecifiquementAdresses: [],
      siteWeb: null,
    });
  });

  it("requires a name, a BAN address and at least one typology", () => {
    expect(erreurs({ nom: "  ", typologies: [] })).toEqual({
      nom: "Indiquez le nom de la structure.",
      typologies: "Choisissez au moins une typologie.",
    });
    expect(erreurs({ adresse: undefined })).toEqual({
      adresse: "Choisissez l'adresse parmi les propositions.",
    });
    expect(erreurs({ adresse: { ...minimal.adresse, codePostal: "4200", codeInsee: "4221" } })).toEqual({
      "adresse.codePostal": "Le code postal doit comporter 5 chiffres.",
      "adresse.codeInsee": "Le code INSEE doit comporter 5 caractères.",
    });
    expect(erreurs({ typologies: ["INCONNUE"] })).toEqual({ "typologies.0": "Typologie inconnue." });
  });

  it("takes a SIRET or an RNA number", () => {
    expect(structureFormulaireSchema.parse({ ...minimal, siret: "915 384 721 00014" }).siret).toBe(
      "91538472100014",
    );
    expect(structureFormulaireSchema.parse({ ...minimal, siret: "W423001234" }).siret).toBe("W423001234");
    expect(structureFormulaireSchema.parse({ ...minimal, siret: "" }).siret).toBeNull();
    expect(erreurs({ siret: "91538472100015" })).toEqual({
      siret: "Ce numéro SIRET n'est pas valide : vérifiez les chiffres saisis.",
    });
  });

  it("needs a service to be visible on the national map", () => {
    expect(erreurs({ visiblePourCartographieNationale: true })).toEqual({
      services: "Choisissez au moins un service pour rendre le lieu visible sur la cartographie nationale.",
    });
    expect(
      erreurs({ visiblePourCartographieNationale: true, services: ["Aide aux démarches administratives"] }),
    ).toEqual({});
  });

  it("needs the phone number with « Téléphoner » and the e-mail with « Contacter par mail »", () => {
    expect(erreurs({ modalitesAcces: ["Téléphoner", "Contacter par mail"] })).toEqual({
      telephone: "Indiquez le numéro de téléphone pour l'accès par téléphone.",
      courriel: "Indiquez l'adresse e-mail pour l'accès par mail.",
    });
    const structure = structureFormulaireSchema.parse({
      ...minimal,
      modalitesAcces: ["Téléphoner", "Contacter par mail"],
      telephone: "04 77 12 34 56",
      courriel: "accueil@mediatheque.fr",
    });
    expect(structure.telephone).toBe("+33477123456");
    expect(erreurs({ telephone: "123" })).toHaveProperty("telephone");
    expect(erreurs({ courriel: "pas-un-mail" })).toEqual({ courriel: "Indiquez une adresse e-mail valide." });
  });

  it("checks the web addresses", () => {
    expect(structureFormulaireSchema.parse({ ...minimal, siteWeb: "www.mediatheque.fr" }).siteWeb).toBe(
      "https://www.mediatheque.fr",
    );
    expect(erreurs({ siteWeb: "javascript:alert(1)", priseRdv: "pas une url" })).toEqual({
      siteWeb: "Indiquez une adresse de site web valide (https://…).",
      priseRdv: "Indiquez une adresse de prise de rendez-vous valide (https://…).",
    });
    expect(erreurs({ ficheAccesLibre: "https://example.fr/erp/mediatheque" })).toEqual({
      ficheAccesLibre: "La fiche Accès libre doit commencer par https://acceslibre.beta.gouv.fr/",
    });
    expect(
      erreurs({ ficheAccesLibre: "https://acceslibre.beta.gouv.fr/app/42-saint-etienne/a/bib/erp/x/" }),
    ).toEqual({});
  });

  it("limits the summary to 280 characters", () => {
    expect(erreurs({ presentationResume: "a".repeat(280) })).toEqual({});
    expect(erreurs({ presentationResume: "a".repeat(281) })).toEqual({
      presentationResume: "Le résumé ne doit pas dépasser 280 caractères.",
    });
  });

  it("asks for « Tout public » or specific publics, not both and not neither", () => {
    expect(erreurs({ publicsSpecifiquementAdresses: ["Seniors"] })).toHaveProperty(
      "publicsSpecifiquementAdresses",
    );
    expect(erreurs({ toutPublic: false })).toEqual({
      publicsSpecifiquementAdresses: "Choisissez au moins un public, ou « Tout public ».",
    });
    expect(erreurs({ toutPublic: false, publicsSpecifiquementAdresses: ["Seniors", "Seniors"] })).toEqual({});
  });
});
