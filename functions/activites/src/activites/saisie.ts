import type { schema } from "@coop/db";
import { type CraCollectif, type CraIndividuel, repartirParticipantsAnonymes } from "@coop/domain";
import type { NouvelAnonyme } from "./accompagnements.ts";

// What a validated CRA becomes in the tables: the activité's own columns, the bénéficiaires to link.

export type Saisie = { type: "individuel"; cra: CraIndividuel } | { type: "collectif"; cra: CraCollectif };

type ColonnesActivite = Partial<typeof schema.activites.$inferInsert>;

/** The columns that depend on the type (the other type's columns are null). */
export const colonnesDuType = ({ type, cra }: Saisie): ColonnesActivite =>
  type === "individuel"
    ? {
        autonomie: cra.autonomie,
        orienteVersStructure: cra.orienteVersStructure,
        structureDeRedirection: cra.structureDeRedirection,
        titreAtelier: null,
        niveau: null,
      }
    : {
        autonomie: null,
        orienteVersStructure: null,
        structureDeRedirection: null,
        titreAtelier: cra.titreAtelier,
        niveau: cra.niveau,
      };

/** The columns common to both types, notes already sanitised. */
export const colonnesCommunes = ({ cra }: Saisie, notes: string | null): ColonnesActivite => ({
  date: cra.date,
  duree: cra.duree,
  thematiques: cra.thematiques,
  precisionsDemarche: cra.precisionsDemarche,
  materiel: cra.materiel,
  notes,
});

/** Identified bénéficiaires referenced, and the anonymous ones to create. */
export const beneficiairesDe = (
  saisie: Saisie,
  random: () => number = Math.random,
): { identifies: string[]; anonymes: NouvelAnonyme[]; attributionsAleatoires: boolean } => {
  if (saisie.type === "individuel") {
    const { beneficiaireId, beneficiaireAnonyme } = saisie.cra;
    return {
      identifies: beneficiaireId ? [beneficiaireId] : [],
      anonymes: beneficiaireAnonyme ? [beneficiaireAnonyme] : [],
      attributionsAleatoires: false,
    };
  }
  return {
    identifies: saisie.cra.participants,
    anonymes: repartirParticipantsAnonymes(saisie.cra.participantsAnonymes, random).map((participant) => ({
      ...participant,
      commune: null,
    })),
    attributionsAleatoires: true,
  };
};
