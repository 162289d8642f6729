import { describe, expect, it } from "vitest";
import {
  communeParInsee,
  communesParCodePostal,
  communesParNom,
  memeNomDeCommune,
  normaliserNom,
  rechercherCommunes,
} from "./index.ts";

describe("commune names", () => {
  it("compare without case, accents, hyphens, apostrophes, and with Saint spelled out", () => {
    expect(normaliserNom("Saint-Étienne")).toBe("saint etienne");
    expect(normaliserNom("L'Haÿ-les-Roses")).toBe("l hay les roses");
    expect(memeNomDeCommune("st etienne", "Saint-Étienne")).toBe(true);
    expect(memeNomDeCommune("Lyon", "Lyons-la-Forêt")).toBe(false);
  });
});

describe("rechercherCommunes", () => {
  it("finds a commune by the start of its name, accents and case ignored, larger ones first", async () => {
    const communes = await rechercherCommunes("saint-etienne", 3);
    expect(communes[0]).toEqual({
      nom: "Saint-Étienne",
      codePostal: "42000",
      codeInsee: "42218",
      departement: "42",
    });
    expect(communes).toHaveLength(3);
  });

  it("puts the exact name first, then names that start with it, then names that contain it", async () => {
    const communes = await rechercherCommunes("lyon", 200);
    expect(communes[0]).toMatchObject({ nom: "Lyon", codeInsee: "69123" });
    const rangs = communes.map(({ nom }) => {
      const normalise = normaliserNom(nom);
      if (normalise === "lyon") return 0;
      if (normalise.startsWith("lyon")) return 1;
      return normalise.includes(" lyon") ? 2 : 3;
    });
    expect(rangs).toEqual([...rangs].sort());
    expect(new Set(rangs)).toEqual(new Set([0, 1, 2]));
    // Inside a word too.
    expect((await rechercherCommunes("tienne", 500)).map((commune) => commune.codeInsee)).toContain("42218");
  });

  it("gives one row per postal code of a commune", async () => {
    const communes = await rechercherCommunes("Ajaccio");
    expect(communes.filter((commune) => commune.codeInsee === "2A004").map((c) => c.codePostal)).toEqual([
      "20000",
      "20090",
      "20167",
    ]);
  });

  it("finds communes by the start of a postal code, and mixes a name with a postal code", async () => {
    const communes = await rechercherCommunes("4200", 100);
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.every((commune) => commune.codePostal.startsWith("4200"))).toBe(true);
    expect(await rechercherCommunes("Lyon 69003")).toEqual([
      { nom: "Lyon", codePostal: "69003", codeInsee: "69123", departement: "69" },
      { nom: "Lyon 3e Arrondissement", codePostal: "69003", codeInsee: "69383", departement: "69" },
    ]);
  });

  it("includes the arrondissements of Paris, Lyon and Marseille, and overseas communes", async () => {
    expect(await communeParInsee("75111")).toMatchObject({
      nom: "Paris 11e Arrondissement",
      arrondissementDe: "75056",
    });
    expect(await communeParInsee("13201")).toMatchObject({ codesPostaux: ["13001"] });
    expect(await rechercherCommunes("saint denis 974")).toContainEqual({
      nom: "Saint-Denis",
      codePostal: "97400",
      codeInsee: "97411",
      departement: "974",
    });
  });

  it("answers nothing for an empty query, nonsense or a zero limit", async () => {
    expect(await rechercherCommunes("   ")).toEqual([]);
    expect(await rechercherCommunes("zzzzqqq")).toEqual([]);
    expect(await rechercherCommunes("Paris", 0)).toEqual([]);
    expect(await rechercherCommunes("Paris", 5)).toHaveLength(5);
  });
});

describe("communeParInsee, communesParCodePostal, communesParNom", () => {
  it("reads a commune by its INSEE code, Corsican codes included", async () => {
    expect(await communeParInsee("2a004")).toEqual({
      nom: "Ajaccio",
      codeInsee: "2A004",
      departement: "2A",
      codesPostaux: ["20000", "20090", "20167"],
      population: expect.any(Number),
      arrondissementDe: null,
    });
    expect(await communeParInsee("99999")).toBeNull();
    // A former commune (Béon, now déléguée) is not kept: it has no postal code of its own.
    expect(await communeParInsee("01039")).toBeNull();
  });

  it("lists the communes of a postal code", async () => {
    const communes = await communesParCodePostal("42000");
    expect(communes).toContainEqual({
      nom: "Saint-Étienne",
      codePostal: "42000",
      codeInsee: "42218",
      departement: "42",
    });
    expect(await communesParCodePostal("00000")).toEqual([]);
  });

  it("finds the communes of a name, homonyms included", async () => {
    expect((await communesParNom("saint etienne")).map((commune) => commune.codeInsee)).toEqual(["42218"]);
    expect((await communesParNom("Sainte-Marie")).length).toBeGreaterThan(1);
    expect(await communesParNom("")).toEqual([]);
  });
});
