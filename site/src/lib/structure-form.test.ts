import { structureFormulaireSchema } from "@coop/domain";
import { describe, expect, it } from "vitest";
import {
  champsStructure,
  erreursServeurStructure,
  libellesStructure,
  requeteStructure,
  structureVide,
  type ValeursStructure,
  validerStructure,
} from "./structure-form.ts";

const lieu = (valeurs: Partial<ValeursStructure> = {}): ValeursStructure => ({
  ...structureVide(),
  nom: "Médiathèque du Grand Parc",
  typologies: ["BIB"],
  adresse: "34 rue Pierre Trébod",
  codePostal: "33300",
  commune: "Bordeaux",
  ...valeurs,
});

describe("validerStructure", () => {
  it("asks for the name, type and address of an empty lieu", () => {
    expect(Object.keys(validerStructure(structureVide())).sort()).toEqual(
      ["adresse", "codePostal", "commune", "nom", "typologies"].sort(),
    );
    expect(validerStructure(lieu())).toEqual({});
  });

  it("checks SIRET (Luhn) or RNA, postal and INSEE codes", () => {
    expect(validerStructure(lieu({ siret: "804 621 399 00018" }))).toEqual({});
    expect(validerStructure(lieu({ siret: "W331234567" }))).toEqual({});
    expect(validerStructure(lieu({ siret: "80462139900019" })).siret).toMatch(/SIRET/);
    expect(validerStructure(lieu({ codePostal: "3300" })).codePostal).toMatch(/5 chiffres/);
    expect(validerStructure(lieu({ codeInsee: "2A004" }))).toEqual({});
    expect(validerStructure(lieu({ codeInsee: "330" })).codeInsee).toBeDefined();
  });

  it("requires a service, and a number or an address for the chosen ways in, on the national map", () => {
    const visible = lieu({ visiblePourCartographieNationale: true });
    expect(validerStructure(visible).services).toMatch(/au moins un service/);
    const erreurs = validerStructure({
      ...visible,
      services: ["Aide aux démarches administratives"],
      modalitesAcces: ["Téléphoner", "Contacter par mail"],
      ficheAccesLibre: "https://exemple.fr/fiche",
      presentationResume: "x".repeat(281),
    });
    expect(Object.keys(erreurs).sort()).toEqual(
      ["courriels", "ficheAccesLibre", "presentationResume", "telephone"].sort(),
    );
  });
});

describe("requeteStructure", () => {
  it("sends the filled fields in the server's shape, and no map fields for a hidden lieu", () => {
    const corps = requeteStructure(
      lieu({ siret: " 804 621 399 00018", services: ["Aide aux démarches administratives"] }),
    );
    expect(corps).toEqual({
      nom: "Médiathèque du Grand Parc",
      typologies: ["BIB"],
      siret: "80462139900018",
      adresse: { voie: "34 rue Pierre Trébod", codePostal: "33300", commune: "Bordeaux" },
      visiblePourCartographieNationale: false,
    });
    expect(structureFormulaireSchema.safeParse(corps).success).toBe(true);
  });

  it("sends what the server's own schema accepts for a lieu on the national map", () => {
    const corps = requeteStructure(
      lieu({
        visiblePourCartographieNationale: true,
        services: ["Aide aux démarches administratives"],
        modalitesAcces: ["Contacter par mail"],
        courriels: " a@b.fr ",
        publicsSpecifiquementAdresses: ["Seniors"],
      }),
    );
    expect(corps).toMatchObject({
      courriel: "a@b.fr",
      toutPublic: false,
      publicsSpecifiquementAdresses: ["Seniors"],
    });
    const parsed = structureFormulaireSchema.safeParse(corps);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});

describe("erreursServeurStructure", () => {
  it("puts each server error next to its field, and the unknown ones apart", () => {
    const { parChamp, autres } = erreursServeurStructure({
      nom: "Déjà utilisé",
      courriel: "Adresse invalide",
      "adresse.commune": "Commune inconnue",
      "typologies[0]": "Type inconnu",
      horaires: "Format invalide",
    });
    expect(parChamp).toEqual({
      nom: "Déjà utilisé",
      courriels: "Adresse invalide",
      commune: "Commune inconnue",
      typologies: "Type inconnu",
    });
    expect(autres).toEqual(["Format invalide"]);
  });

  it("labels every field", () => {
    expect(Object.keys(libellesStructure).sort()).toEqual(Object.keys(champsStructure).sort());
  });
});
