import { describe, expect, it } from "vitest";
import { estRnaValide, estSiretValide, separerSiretRna, siretOuRnaSchema, siretSchema } from "./index.ts";

const messageDe = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("SIRET", () => {
  it("accepts 14 digits passing the Luhn check, typed with spaces", () => {
    expect(estSiretValide("80462139900018")).toBe(true);
    expect(siretSchema.parse("804 621 399 00018")).toBe("80462139900018");
  });

  it("refuses a wrong Luhn key", () => {
    expect(estSiretValide("80462139900019")).toBe(false);
    expect(messageDe(siretSchema.safeParse("80462139900019"))).toBe(
      "Ce numéro SIRET n'est pas valide : vérifiez les chiffres saisis.",
    );
  });

  it("exempts La Poste (SIREN 356000000), whose SIRETs fail Luhn", () => {
    expect(estSiretValide("35600000026440")).toBe(true);
    expect(estSiretValide("35600100026440")).toBe(false);
    expect(siretSchema.parse("356 000 000 26440")).toBe("35600000026440");
  });

  it("refuses a wrong length or letters", () => {
    for (const value of ["8046213990001", "804621399000180", "8046213990001A", ""]) {
      expect(messageDe(siretSchema.safeParse(value))).toBe("Le SIRET doit comporter 14 chiffres.");
    }
  });
});

describe("SIRET or RNA", () => {
  it("accepts an RNA number (W + 9 digits), whatever the case of the W", () => {
    expect(estRnaValide("W751234567")).toBe(true);
    expect(siretOuRnaSchema.parse("w751234567")).toBe("W751234567");
    expect(siretOuRnaSchema.parse("80462139900018")).toBe("80462139900018");
  });

  it("refuses anything else with one French message", () => {
    for (const value of ["W75123456", "X751234567", "W7512345678", "123"]) {
      expect(messageDe(siretOuRnaSchema.safeParse(value))).toBe(
        "Indiquez un SIRET (14 chiffres) ou un numéro RNA (W suivi de 9 chiffres).",
      );
    }
    expect(messageDe(siretOuRnaSchema.safeParse("80462139900019"))).toMatch(/n'est pas valide/);
  });

  it("splits a value into the siret and rna columns", () => {
    expect(separerSiretRna("W751234567")).toEqual({ siret: null, rna: "W751234567" });
    expect(separerSiretRna("80462139900018")).toEqual({ siret: "80462139900018", rna: null });
    expect(separerSiretRna(null)).toEqual({ siret: null, rna: null });
  });
});
