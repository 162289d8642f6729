import { describe, expect, it } from "vitest";
import {
  anneeCourante,
  type BeneficiaireFormulaire,
  beneficiaireFormulaireSchema,
  trancheAgeDepuisAnnee,
} from "../index.ts";

const minimal: BeneficiaireFormulaire = { prenom: "Hélène", nom: "Durand" };

const erreurs = (formulaire: Record<string, unknown>) => {
  const result = beneficiaireFormulaireSchema.safeParse({ ...minimal, ...formulaire });
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
};

describe("bénéficiaire form", () => {
  it("accepts the names alone and says « non communiqué » for the missing demographics", () => {
    expect(beneficiaireFormulaireSchema.parse({ prenom: "  Hélène ", nom: " Durand  " })).toEqual({
      prenom: "Hélène",
      nom: "Durand",
      anneeNaissance: null,
      telephone: null,
      pasDeTelephone: false,
      email: null,
      commune: null,
      adresse: null,
      genre: "non_communique",
      trancheAge: "non_communique",
      statutSocial: "non_communique",
      notes: null,
    });
  });

  it("requires the first and last names, at most 100 characters each", () => {
    expect(erreurs({ prenom: " ", nom: undefined })).toEqual({
      prenom: "Indiquez le prénom.",
      nom: "Indiquez le nom.",
    });
    expect(erreurs({ nom: "x".repeat(101) })).toEqual({ nom: "Le nom ne doit pas dépasser 100 caractères." });
  });

  it("stores the phone compact, in every French form, and clears it with « pas de téléphone »", () => {
    const telephone = (value: string) => beneficiaireFormulaireSchema.parse({ ...minimal, telephone: value });
    for (const value of ["06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678", "(+33) 6 12 34 56 78"]) {
      expect(telephone(value).telephone).toBe("+33612345678");
    }
    expect(telephone("0262 12 34 56").telephone).toBe("+262262123456");
    expect(telephone("0594 12 34 56").telephone).toBe("+594594123456");
    expect(telephone("").telephone).toBeNull();
    expect(Object.keys(erreurs({ telephone: "12 34" }))).toEqual(["telephone"]);
    expect(
      beneficiaireFormulaireSchema.parse({ ...minimal, telephone: "0612345678", pasDeTelephone: true }),
    ).toMatchObject({ telephone: null, pasDeTelephone: true });
  });

  it("lower-cases the e-mail, accepts it empty, refuses an invalid one", () => {
    expect(
      beneficiaireFormulaireSchema.parse({ ...minimal, email: " Helene.DURAND@Exemple.FR " }).email,
    ).toBe("helene.durand@exemple.fr");
    expect(beneficiaireFormulaireSchema.parse({ ...minimal, email: "" }).email).toBeNull();
    expect(erreurs({ email: "helene@" })).toEqual({ email: "Indiquez une adresse e-mail valide." });
  });

  it("accepts a birth year between 1900 and this year, as a number or text", () => {
    expect(beneficiaireFormulaireSchema.parse({ ...minimal, anneeNaissance: "1984" }).anneeNaissance).toBe(
      1984,
    );
    expect(beneficiaireFormulaireSchema.parse({ ...minimal, anneeNaissance: "" }).anneeNaissance).toBeNull();
    const message = `L'année de naissance doit être comprise entre 1900 et ${anneeCourante()}.`;
    for (const annee of [1899, anneeCourante() + 1, 1984.5, "19x4", true]) {
      expect(erreurs({ anneeNaissance: annee })).toEqual({ anneeNaissance: message });
    }
  });

  it("derives the tranche d'âge from the year, over the one chosen", () => {
    const annee = anneeCourante() - 30;
    expect(
      beneficiaireFormulaireSchema.parse({
        ...minimal,
        anneeNaissance: annee,
        trancheAge: "soixante_dix_plus",
      }).trancheAge,
    ).toBe("vingt_cinq_trente_neuf");
    expect(
      beneficiaireFormulaireSchema.parse({ ...minimal, trancheAge: "soixante_dix_plus" }).trancheAge,
    ).toBe("soixante_dix_plus");
  });

  it("refuses unknown enumeration values and a commune not picked from the list", () => {
    expect(erreurs({ genre: "autre", statutSocial: "etudiant", trancheAge: "vieux" })).toEqual({
      genre: "Genre inconnu.",
      statutSocial: "Statut inconnu.",
      trancheAge: "Tranche d'âge inconnue.",
    });
    expect(erreurs({ commune: "Lyon" })).toEqual({
      commune: "Choisissez la commune parmi les propositions.",
    });
    expect(erreurs({ commune: { nom: "Lyon", codePostal: "6900", codeInsee: "69123" } })).toEqual({
      "commune.codePostal": "Le code postal doit comporter 5 chiffres.",
    });
    expect(
      beneficiaireFormulaireSchema.parse({
        ...minimal,
        commune: { nom: "Ajaccio", codePostal: "20000", codeInsee: "2a004" },
        adresse: " 1 cours Napoléon ",
      }),
    ).toMatchObject({
      commune: { nom: "Ajaccio", codePostal: "20000", codeInsee: "2A004" },
      adresse: "1 cours Napoléon",
    });
  });

  it("keeps only the allowed markup in the notes, and at most 10 000 characters", () => {
    const notes = (value: string) => beneficiaireFormulaireSchema.parse({ ...minimal, notes: value }).notes;
    expect(notes('<p onclick="x()">Suivi <b>CAF</b><script>alert(1)</script></p>')).toBe(
      "<p>Suivi <strong>CAF</strong></p>",
    );
    expect(notes("<p><br></p>")).toBeNull();
    expect(erreurs({ notes: `<p>${"x".repeat(10_001)}</p>` })).toEqual({
      notes: "Les notes ne doivent pas dépasser 10 000 caractères.",
    });
  });
});

describe("trancheAgeDepuisAnnee", () => {
  it("uses age = current year − year with the bounds 12, 18, 25, 40, 60, 70", () => {
    const tranche = (age: number) => trancheAgeDepuisAnnee(2026 - age, 2026);
    expect([0, 11, 12, 17, 18, 24, 25, 39, 40, 59, 60, 69, 70, 110].map(tranche)).toEqual([
      "moins_de_douze",
      "moins_de_douze",
      "douze_dix_huit",
      "douze_dix_huit",
      "dix_huit_vingt_quatre",
      "dix_huit_vingt_quatre",
      "vingt_cinq_trente_neuf",
      "vingt_cinq_trente_neuf",
      "quarante_cinquante_neuf",
      "quarante_cinquante_neuf",
      "soixante_soixante_neuf",
      "soixante_soixante_neuf",
      "soixante_dix_plus",
      "soixante_dix_plus",
    ]);
    expect(trancheAgeDepuisAnnee(null)).toBe("non_communique");
  });
});
