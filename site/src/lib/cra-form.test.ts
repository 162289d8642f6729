import { craCollectifSchema, craIndividuelSchema } from "@coop/domain";
import { describe, expect, it } from "vitest";
import type { Activite } from "./activites-api.ts";
import {
  avecOptionsDuree,
  champDeChemin,
  corpsCollectif,
  corpsIndividuel,
  craVide,
  dureeEnMinutes,
  resteNonCommunique,
  type ValeursCra,
  valeursDepuisActivite,
  validerCra,
} from "./cra-form.ts";

const lieu = "5a1b2c3d-0000-4000-8000-000000000002";
const beneficiaire = { id: "b0000000-0000-4000-8000-000000000001", prenom: "Jeanne", nom: "Martin" };

const rempli = (changes: Partial<ValeursCra> = {}): ValeursCra => ({
  ...craVide(),
  date: "2026-06-15",
  duree: "45",
  typeLieu: "lieu_activite",
  structureId: lieu,
  thematiques: ["email"],
  beneficiaire,
  ...changes,
});

describe("the CRA form", () => {
  it("reads the server's paths as form fields", () => {
    expect(champDeChemin("participantsAnonymes.total")).toBe("anonymesTotal");
    expect(champDeChemin("participantsAnonymes.genres.masculin")).toBe("anonymesGenres");
    expect(champDeChemin("participantsAnonymes")).toBe("anonymesTotal");
    expect(champDeChemin("lieuCommune.codeInsee")).toBe("lieuCommune");
    expect(champDeChemin("beneficiaireAnonyme.commune.nom")).toBe("anonymeCommune");
    expect(champDeChemin("beneficiaireId")).toBe("beneficiaire");
    expect(champDeChemin("thematiques.2")).toBe("thematiques");
    expect(champDeChemin("rdvServicePublicId")).toBeUndefined();
  });

  it("sends the administrative thématiques and the démarche only with « Aide aux démarches »", () => {
    const sans = corpsIndividuel(rempli({ thematiques: ["email", "logement"], precisionsDemarche: "CAF" }));
    expect(sans).toMatchObject({ thematiques: ["email"], precisionsDemarche: null });
    const avec = corpsIndividuel(
      rempli({
        thematiques: ["aide_aux_demarches_administratives", "logement"],
        precisionsDemarche: " CAF ",
      }),
    );
    expect(avec).toMatchObject({
      thematiques: ["aide_aux_demarches_administratives", "logement"],
      precisionsDemarche: "CAF",
    });
  });

  it("sends the place that goes with its type only", () => {
    const commune = { nom: "Pessac", codePostal: "33600", codeInsee: "33318" };
    expect(corpsIndividuel(rempli({ typeLieu: "domicile", lieuCommune: commune }))).toMatchObject({
      structureId: null,
      lieuCommune: commune,
    });
    expect(corpsIndividuel(rempli({ typeLieu: "a_distance", lieuCommune: commune }))).toMatchObject({
      structureId: null,
      lieuCommune: null,
    });
  });

  it("sends either the followed bénéficiaire or the anonymous one, and the redirection only when oriented", () => {
    expect(
      corpsIndividuel(rempli({ orienteVersStructure: "non", structureDeRedirection: "autre" })),
    ).toMatchObject({
      beneficiaireId: beneficiaire.id,
      beneficiaireAnonyme: null,
      orienteVersStructure: false,
      structureDeRedirection: null,
    });
    expect(
      corpsIndividuel(
        rempli({ modeBeneficiaire: "anonyme", anonymeGenre: "feminin", anonymeDejaAccompagne: true }),
      ),
    ).toMatchObject({
      beneficiaireId: null,
      beneficiaireAnonyme: {
        dejaAccompagne: true,
        commune: null,
        genre: "feminin",
        trancheAge: null,
        statutSocial: null,
      },
    });
  });

  it("reads the duration from an option or from hours and minutes", () => {
    expect(dureeEnMinutes({ duree: "90", heures: "", minutes: "" })).toBe(90);
    expect(dureeEnMinutes({ duree: "personnaliser", heures: "2", minutes: "5" })).toBe(125);
    expect(dureeEnMinutes({ duree: "personnaliser", heures: "", minutes: "" })).toBeUndefined();
    expect(dureeEnMinutes({ duree: "personnaliser", heures: "24", minutes: "0" })).toBeUndefined();
  });

  it("finds every error at once, the rules across fields included", () => {
    expect(validerCra("individuel", { ...craVide(), typeLieu: "lieu_activite" })).toEqual({
      duree: "Indiquez la durée de l'activité.",
      beneficiaire: "Choisissez un bénéficiaire, créez-le, ou choisissez « Bénéficiaire anonyme ».",
      structureId: "Choisissez un de vos lieux d'activité.",
      thematiques: "Choisissez au moins une thématique.",
    });
    expect(validerCra("individuel", rempli({ duree: "personnaliser", heures: "0", minutes: "0" }))).toEqual({
      duree: "La durée doit être supérieure à 0.",
    });
    expect(validerCra("individuel", rempli())).toEqual({});
    expect(craIndividuelSchema.safeParse(corpsIndividuel(rempli())).success).toBe(true);
  });

  it("checks the anonymous counters: each group within the total, at least one participant", () => {
    const atelier = (anonymes: Partial<ValeursCra["anonymes"]>) =>
      rempli({
        anonymes: { total: "", dejaAccompagne: "", genres: {}, tranches: {}, statuts: {}, ...anonymes },
      });
    expect(validerCra("collectif", atelier({}))).toEqual({
      participants: "Ajoutez au moins un participant, identifié ou anonyme.",
    });
    const trop = atelier({ total: "5", dejaAccompagne: "6", genres: { feminin: "3", masculin: "3" } });
    expect(validerCra("collectif", trop)).toEqual({
      anonymesDejaAccompagne: "Pas plus de participants déjà accompagnés que de participants anonymes.",
      anonymesGenres: "La somme dépasse le nombre de participants anonymes.",
    });
    expect(resteNonCommunique(trop.anonymes, "genres")).toBe(-1);
    expect(validerCra("collectif", atelier({ total: "deux" }))).toMatchObject({
      anonymesTotal: "Indiquez un nombre entier, 0 ou plus.",
    });
    const bon = atelier({
      total: "5",
      genres: { feminin: "3", masculin: "2" },
      tranches: { soixanteDixPlus: "1" },
    });
    expect(validerCra("collectif", bon)).toEqual({});
    expect(corpsCollectif(bon).participantsAnonymes).toMatchObject({
      total: 5,
      genres: { masculin: 2, feminin: 3 },
      tranches: { soixanteDixPlus: 1, moinsDeDouze: 0 },
    });
    expect(craCollectifSchema.parse(corpsCollectif(bon)).participantsAnonymes.genres.nonCommunique).toBe(0);
  });

  it("fills the form from a saved activité; a duration outside the options goes to « Personnaliser »", () => {
    const activite = {
      id: "a1",
      type: "individuel",
      date: "2026-06-15",
      duree: 95,
      typeLieu: "domicile",
      structureId: null,
      lieuCommune: { nom: "Cenon", codePostal: "33150", codeInsee: "33119" },
      thematiques: ["email"],
      precisionsDemarche: null,
      materiel: ["tablette"],
      tags: [{ id: "t1", nom: "CAF" }],
      notes: "<p>Un</p><p>Deux</p>",
      beneficiaire: null,
      beneficiaireAnonyme: {
        dejaAccompagne: true,
        commune: null,
        genre: "non_communique",
        trancheAge: "quarante_cinquante_neuf",
        statutSocial: null,
      },
      autonomie: "autonome",
      orienteVersStructure: false,
      structureDeRedirection: null,
      creation: "",
      modification: "",
    } as Activite;
    const valeurs = avecOptionsDuree(valeursDepuisActivite(activite), [{ value: 90 }]);
    expect(valeurs).toMatchObject({
      duree: "personnaliser",
      heures: "1",
      minutes: "35",
      modeBeneficiaire: "anonyme",
      anonymeDejaAccompagne: true,
      anonymeGenre: "",
      anonymeTrancheAge: "quarante_cinquante_neuf",
      orienteVersStructure: "non",
      notes: "Un\nDeux",
    });
    expect(avecOptionsDuree(valeursDepuisActivite({ ...activite, duree: 90 }), [{ value: 90 }]).duree).toBe(
      "90",
    );
  });
});
