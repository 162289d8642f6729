import { describe, expect, it } from "vitest";
import { adresseComplete, type EtatInscription, etapesPour, profilDe } from "./inscription.ts";

const etat = (profil: string | null, roles = { mediateur: false, coordinateur: false }): EtatInscription => ({
  etape: "choisir-role",
  utilisateur: {
    email: "lea@exemple.fr",
    firstName: "Léa",
    lastName: "Martin",
    phone: null,
    siret: null,
    isConseillerNumerique: false,
    profilInscription: profil,
    acceptationCgu: null,
  },
  roles,
});

describe("inscription steps", () => {
  it("has five steps for a mediator, four for a coordinator", () => {
    expect(etapesPour(etat(null))).toHaveLength(5);
    expect(etapesPour(etat(null), "coordinateur")).not.toContain("lieux-activite");
    expect(etapesPour(etat("coordinateur-conseiller-numerique"))).toHaveLength(4);
    // A coordinator who is also a mediator keeps the lieux.
    expect(etapesPour(etat("coordinateur", { mediateur: true, coordinateur: true }))).toContain(
      "lieux-activite",
    );
  });

  it("reads the profile from the choice, then the server", () => {
    expect(profilDe(etat("conseiller-numerique"))).toBe("mediateur");
    expect(profilDe(etat("mediateur"), "coordinateur")).toBe("coordinateur");
    expect(profilDe(etat(null, { mediateur: false, coordinateur: true }))).toBe("coordinateur");
    expect(profilDe(etat(null))).toBeUndefined();
  });

  it("writes an address once, even when it already ends with the town", () => {
    expect(adresseComplete({ adresse: "1 rue A", codePostal: "33000", commune: "Bordeaux" })).toBe(
      "1 rue A, 33000 Bordeaux",
    );
    expect(
      adresseComplete({ adresse: "1 RUE A 33000 BORDEAUX", codePostal: "33000", commune: "BORDEAUX" }),
    ).toBe("1 RUE A 33000 BORDEAUX");
    expect(adresseComplete({ commune: "Bordeaux" })).toBe("Bordeaux");
  });
});
