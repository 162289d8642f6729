import { niveauAtelier } from "../enums/activite.ts";
import { z } from "../zod.ts";
import { champsCommuns, normaliserChampsCommuns, verifierChampsCommuns } from "./champs.ts";
import { aucunParticipantAnonyme, participantsAnonymesSchema } from "./participants-anonymes.ts";

/** Identified participants of one atelier, at most. */
export const PARTICIPANTS_MAX = 1000;

/**
 * "Atelier collectif": the site's form and the activites function both validate with it.
 * At least one participant, identified or anonymous.
 */
export const craCollectifSchema = z
  .object({
    ...champsCommuns,
    /** The médiateur's identified bénéficiaires who took part. */
    participants: z
      .array(z.uuid("Participant invalide."), { error: "Participants invalides." })
      .max(PARTICIPANTS_MAX, `Pas plus de ${PARTICIPANTS_MAX} participants identifiés.`)
      .default([])
      .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
    participantsAnonymes: participantsAnonymesSchema
      .nullish()
      .transform((value) => value ?? aucunParticipantAnonyme()),
    titreAtelier: z
      .string()
      .trim()
      .max(200, "Le titre de l'atelier ne doit pas dépasser 200 caractères.")
      .nullish()
      .transform((value) => value || null),
    niveau: z
      .enum(niveauAtelier.values, { error: "Niveau inconnu." })
      .nullish()
      .transform((value) => value ?? null),
  })
  .superRefine((cra, context) => {
    verifierChampsCommuns(cra, context);
    if (cra.participants.length + cra.participantsAnonymes.total === 0) {
      context.addIssue({
        code: "custom",
        path: ["participants"],
        message: "Ajoutez au moins un participant, identifié ou anonyme.",
      });
    }
  })
  .transform(normaliserChampsCommuns);

/** What the form sends (POST /activites/collectif, PUT /activites/:id). */
export type CraCollectifInput = z.input<typeof craCollectifSchema>;
/** What it means once validated. */
export type CraCollectif = z.output<typeof craCollectifSchema>;
