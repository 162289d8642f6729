import { anneeCourante } from "@coop/domain";
import { describe, expect, it } from "vitest";
import {
  beneficiaireVide,
  corpsBeneficiaire,
  trancheAffichee,
  valeursDepuisBeneficiaire,
  validerBeneficiaire,
} from "./beneficiaire-form.ts";
import type { Beneficiaire } from "./beneficiaires-api.ts";

describe("the bénéficiaire form", () => {
  it("derives the tranche d'âge from a typed year, else keeps the one chosen", () => {
    const annee = String(anneeCourante() - 30);
    expect(trancheAffichee({ anneeNaissance: annee, trancheAge: "soixante_dix_plus" })).toEqual({
      tranche: "vingt_cinq_trente_neuf",
      derivee: true,
    });
    expect(trancheAffichee({ anneeNaissance: "19", trancheAge: "soixante_dix_plus" })).toEqual({
      tranche: "soixante_dix_plus",
      derivee: false,
    });
    expect(
      corpsBeneficiaire({ ...beneficiaireVide(), prenom: "A", nom: "B", anneeNaissance: annee }).trancheAge,
    ).toBe("vingt_cinq_trente_neuf");
  });

  it("clears the phone with « pas de téléphone », and sends empty fields as null", () => {
    expect(
      corpsBeneficiaire({
        ...beneficiaireVide(),
        prenom: " Awa ",
        nom: "Diallo",
        telephone: "0612",
        pasDeTelephone: true,
      }),
    ).toEqual({
      prenom: "Awa",
      nom: "Diallo",
      anneeNaissance: null,
      telephone: null,
      pasDeTelephone: true,
      email: null,
      commune: null,
      adresse: null,
      genre: null,
      trancheAge: null,
      statutSocial: null,
      notes: null,
    });
  });

  it("reports the shared schema's findings by field", () => {
    expect(
      validerBeneficiaire({ ...beneficiaireVide(), telephone: "12", email: "x@", anneeNaissance: "1850" }),
    ).toEqual({
      prenom: "Indiquez le prénom.",
      nom: "Indiquez le nom.",
      anneeNaissance: `L'année de naissance doit être comprise entre 1900 et ${anneeCourante()}.`,
      telephone: expect.stringContaining("n'est pas valide"),
      email: "Indiquez une adresse e-mail valide.",
    });
    expect(
      validerBeneficiaire({ ...beneficiaireVide(), prenom: "A", nom: "B", telephone: "06 12 34 56 78" }),
    ).toEqual({});
  });

  it("fills the form from a saved bénéficiaire", () => {
    const valeurs = valeursDepuisBeneficiaire({
      id: "b1",
      prenom: "Jeanne",
      nom: "Martin",
      anneeNaissance: 1950,
      commune: "Pessac",
      communeCodePostal: "33600",
      communeCodeInsee: "33318",
      telephone: null,
      pasDeTelephone: true,
      email: null,
      adresse: null,
      genre: "feminin",
      trancheAge: "soixante_dix_plus",
      statutSocial: "non_communique",
      notes: "<p>Un</p>",
    } as Beneficiaire);
    expect(valeurs).toMatchObject({
      anneeNaissance: "1950",
      commune: { nom: "Pessac", codePostal: "33600", codeInsee: "33318" },
      genre: "feminin",
      statutSocial: "",
      notes: "Un",
    });
  });
});
