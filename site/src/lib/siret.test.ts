import { describe, expect, it } from "vitest";
import { erreurSiret, normaliserSiret, siretValide } from "./siret.ts";

describe("siretValide", () => {
  it("accepts 14 digits with a valid Luhn sum", () => {
    expect(siretValide("80462139900018")).toBe(true);
    expect(siretValide("73282932000074")).toBe(true);
  });

  it("refuses a wrong digit, another length or other characters", () => {
    expect(siretValide("80462139900019")).toBe(false);
    expect(siretValide("8046213990001")).toBe(false);
    expect(siretValide("804621399000180")).toBe(false);
    expect(siretValide("8046213990001A")).toBe(false);
  });

  it("accepts La Poste's establishments (SIREN 356000000), whose SIRETs fail Luhn", () => {
    expect(siretValide("35600000026440")).toBe(true);
    expect(siretValide("35600000083410")).toBe(true);
    expect(siretValide("3560000002644")).toBe(false);
  });
});

describe("erreurSiret", () => {
  it("ignores spaces and dots between digit groups", () => {
    expect(normaliserSiret(" 804 621 399 00018 ")).toBe("80462139900018");
    expect(erreurSiret("804.621.399.00018")).toBeUndefined();
  });

  it("says in French what is wrong", () => {
    expect(erreurSiret("")).toMatch(/Saisissez/);
    expect(erreurSiret("80462139900A18")).toMatch(/que des chiffres/);
    expect(erreurSiret("804621399")).toMatch(/14 chiffres \(vous en avez saisi 9\)/);
    expect(erreurSiret("80462139900019")).toMatch(/pas un SIRET valide/);
  });
});
