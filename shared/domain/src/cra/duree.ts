import { z } from "../zod.ts";

// Durée of an activité: stored and sent in minutes. The form offers standard options, the médiateur's
// frequent durations, and "Personnaliser" (hours 0–23 + minutes 0–59, not both 0).

/** The standard options of the form, in minutes. */
export const DUREES_STANDARD = [15, 30, 45, 60, 90, 120] as const;

/** The longest activité: 24 h. */
export const DUREE_MAX_MINUTES = 24 * 60;

export const dureeSchema = z
  .number({ error: "Indiquez la durée de l'activité." })
  .int("La durée doit être un nombre entier de minutes.")
  .positive("La durée doit être supérieure à 0.")
  .max(DUREE_MAX_MINUTES, "La durée ne peut pas dépasser 24 heures.");

/** "Personnaliser": hours and minutes, as typed. */
export const dureePersonnaliseeSchema = z
  .object({
    heures: z.number().int().min(0, "Entre 0 et 23 heures.").max(23, "Entre 0 et 23 heures."),
    minutes: z.number().int().min(0, "Entre 0 et 59 minutes.").max(59, "Entre 0 et 59 minutes."),
  })
  .refine(({ heures, minutes }) => heures > 0 || minutes > 0, {
    path: ["minutes"],
    message: "La durée doit être supérieure à 0.",
  })
  .transform(({ heures, minutes }) => heures * 60 + minutes);

export const estDureeStandard = (minutes: number) => (DUREES_STANDARD as readonly number[]).includes(minutes);

/** 95 → { heures: 1, minutes: 35 }, to fill the "Personnaliser" fields. */
export const heuresMinutes = (duree: number) => ({ heures: Math.floor(duree / 60), minutes: duree % 60 });

/** 15 → "15 min", 60 → "1 h", 95 → "1 h 35". */
export const libelleDuree = (duree: number) => {
  const { heures, minutes } = heuresMinutes(duree);
  if (heures === 0) return `${minutes} min`;
  return minutes === 0 ? `${heures} h` : `${heures} h ${String(minutes).padStart(2, "0")}`;
};

/** The options of the form: the standard ones, then the médiateur's frequent ones that are not standard. */
export const optionsDuree = (dureesFrequentes: readonly number[] = []) =>
  [...DUREES_STANDARD, ...dureesFrequentes.filter((duree) => !estDureeStandard(duree))]
    .filter((duree, index, all) => all.indexOf(duree) === index)
    .map((duree) => ({ value: duree, label: libelleDuree(duree) }));
