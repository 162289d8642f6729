import { describe, expect, it } from "vitest";
import {
  craCollectifSchema,
  craIndividuelSchema,
  dateMaximaleActivite,
  dureePersonnaliseeSchema,
  heuresMinutes,
  libelleDuree,
  optionsDuree,
  participantsAnonymesSchema,
  repartirParticipantsAnonymes,
} from "../index.ts";

const base = { date: "2025-03-10", duree: 30, typeLieu: "a_distance", thematiques: ["email"] } as const;

const erreurs = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("durée helpers", () => {
  it("turns « Personnaliser » into minutes, refusing 0 h 0 min and out-of-range values", () => {
    expect(dureePersonnaliseeSchema.parse({ heures: 1, minutes: 35 })).toBe(95);
    expect(dureePersonnaliseeSchema.safeParse({ heures: 0, minutes: 0 }).success).toBe(false);
    expect(dureePersonnaliseeSchema.safeParse({ heures: 24, minutes: 0 }).success).toBe(false);
    expect(dureePersonnaliseeSchema.safeParse({ heures: 1, minutes: 60 }).success).toBe(false);
  });

  it("labels and splits durations; options are the standard ones then the frequent others", () => {
    expect([15, 60, 95].map(libelleDuree)).toEqual(["15 min", "1 h", "1 h 35"]);
    expect(heuresMinutes(125)).toEqual({ heures: 2, minutes: 5 });
    expect(optionsDuree([30, 200]).map((option) => option.value)).toEqual([15, 30, 45, 60, 90, 120, 200]);
  });
});

describe("date rule", () => {
  it("allows up to tomorrow in Paris", () => {
    expect(dateMaximaleActivite(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-02");
    expect(dateMaximaleActivite(new Date("2026-07-14T10:00:00Z"))).toBe("2026-07-15");
  });
});

describe("craIndividuelSchema", () => {
  it("names every broken rule at once", () => {
    const result = craIndividuelSchema.safeParse({
      date: "2999-01-01",
      duree: 0,
      typeLieu: "lieu_activite",
      thematiques: [],
    });
    expect(Object.keys(erreurs(result)).sort()).toEqual(["date", "duree", "structureId", "thematiques"]);
  });

  it("links either an identified bénéficiaire or an anonymous one", () => {
    const id = "5f1c0d0e-4b7a-4c57-9f0e-6d2b3e1a2c4d";
    const lie = craIndividuelSchema.parse({
      ...base,
      beneficiaireId: id,
      beneficiaireAnonyme: { genre: "feminin" },
    });
    expect(lie).toMatchObject({ beneficiaireId: id, beneficiaireAnonyme: null });
    expect(craIndividuelSchema.parse(base).beneficiaireAnonyme).toEqual({
      dejaAccompagne: false,
      commune: null,
      genre: null,
      trancheAge: null,
      statutSocial: null,
    });
  });
});

describe("craCollectifSchema and the anonymous counters", () => {
  it("makes « non communiqué » the rest of each group", () => {
    const compteurs = participantsAnonymesSchema.parse({
      total: 5,
      genres: { feminin: 3, nonCommunique: 0 },
    });
    expect(compteurs.genres).toEqual({ masculin: 0, feminin: 3, nonCommunique: 2 });
    expect(compteurs.statuts.nonCommunique).toBe(5);
  });

  it("requires at least one participant", () => {
    expect(erreurs(craCollectifSchema.safeParse(base))).toHaveProperty("participants");
  });

  it("deals the counted values among anonymous participants", () => {
    const compteurs = participantsAnonymesSchema.parse({
      total: 6,
      dejaAccompagne: 2,
      genres: { feminin: 4, masculin: 1 },
      tranches: { soixanteDixPlus: 6 },
    });
    const participants = repartirParticipantsAnonymes(compteurs, () => 0.42);
    expect(participants).toHaveLength(6);
    expect(participants.filter((p) => p.genre === "feminin")).toHaveLength(4);
    expect(participants.filter((p) => p.genre === "non_communique")).toHaveLength(1);
    expect(
      participants.every((p) => p.trancheAge === "soixante_dix_plus" && p.statutSocial === "non_communique"),
    ).toBe(true);
    expect(participants.filter((p) => p.dejaAccompagne)).toHaveLength(2);
  });
});
