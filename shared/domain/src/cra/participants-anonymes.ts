import { genre, statutSocial, trancheAge } from "../enums/beneficiaire.ts";
import { z } from "../zod.ts";

// The anonymous participants of a collectif, as counters: a total, how many were already accompanied,
// and per group (genre, tranche d'âge, statut) how many of each value. Within a group the known values
// may not exceed the total; "non communiqué" is always the rest.

export const PARTICIPANTS_ANONYMES_MAX = 10_000;

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

/** `non_communique` → `nonCommunique`: the counters' keys. */
const camel = <S extends string>(value: S) =>
  value.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as Camel<S>;

const compteur = z
  .number({ error: "Indiquez un nombre." })
  .int("Indiquez un nombre entier.")
  .min(0, "Le nombre ne peut pas être négatif.")
  .max(PARTICIPANTS_ANONYMES_MAX, `Pas plus de ${PARTICIPANTS_ANONYMES_MAX} participants.`)
  .default(0);

const groupe = <const V extends string>(values: readonly V[]) => {
  const keys = values.map(camel);
  return {
    keys,
    /** The enum value of each key, e.g. nonCommunique → non_communique. */
    valeurs: Object.fromEntries(values.map((value) => [camel(value), value])) as Record<Camel<V>, V>,
    schema: z.object(
      Object.fromEntries(keys.map((key) => [key, compteur])) as Record<Camel<V>, typeof compteur>,
    ),
  };
};

export const groupesParticipants = {
  genres: groupe(genre.values),
  tranches: groupe(trancheAge.values),
  statuts: groupe(statutSocial.values),
} as const;

export type GroupeParticipants = keyof typeof groupesParticipants;

export const participantsAnonymesSchema = z
  .object({
    total: compteur,
    dejaAccompagne: compteur,
    genres: groupesParticipants.genres.schema.prefault({}),
    tranches: groupesParticipants.tranches.schema.prefault({}),
    statuts: groupesParticipants.statuts.schema.prefault({}),
  })
  .superRefine((participants, context) => {
    if (participants.dejaAccompagne > participants.total) {
      context.addIssue({
        code: "custom",
        path: ["dejaAccompagne"],
        message: "Pas plus de participants déjà accompagnés que de participants anonymes.",
      });
    }
    for (const nom of Object.keys(groupesParticipants) as GroupeParticipants[]) {
      const connus = Object.entries(participants[nom] as Record<string, number>)
        .filter(([key]) => key !== "nonCommunique")
        .reduce((sum, [, count]) => sum + count, 0);
      if (connus > participants.total) {
        context.addIssue({
          code: "custom",
          path: [nom],
          message: "La somme dépasse le nombre de participants anonymes.",
        });
      }
    }
  })
  // "Non communiqué" is the rest of the total, whatever was sent.
  .transform((participants) => {
    const reste = <G extends Record<string, number>>(counts: G): G => {
      const connus = Object.entries(counts)
        .filter(([key]) => key !== "nonCommunique")
        .reduce((sum, [, count]) => sum + count, 0);
      return { ...counts, nonCommunique: participants.total - connus };
    };
    return {
      ...participants,
      genres: reste(participants.genres),
      tranches: reste(participants.tranches),
      statuts: reste(participants.statuts),
    };
  });

export type ParticipantsAnonymesInput = z.input<typeof participantsAnonymesSchema>;
export type ParticipantsAnonymes = z.output<typeof participantsAnonymesSchema>;

/** No anonymous participant. */
export const aucunParticipantAnonyme = (): ParticipantsAnonymes => participantsAnonymesSchema.parse({});

type Valeur<G extends GroupeParticipants> =
  (typeof groupesParticipants)[G]["valeurs"][keyof (typeof groupesParticipants)[G]["valeurs"]];

export type ParticipantAnonyme = {
  dejaAccompagne: boolean;
  genre: Valeur<"genres">;
  trancheAge: Valeur<"tranches">;
  statutSocial: Valeur<"statuts">;
};

/** Fisher–Yates, with the given source of randomness. */
const melanger = <T>(items: T[], random: () => number) => {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
};

const tirage = <G extends GroupeParticipants>(
  nom: G,
  participants: ParticipantsAnonymes,
  random: () => number,
) => {
  const { valeurs } = groupesParticipants[nom];
  const counts = participants[nom] as Record<string, number>;
  const sac = Object.entries(valeurs).flatMap(([key, value]) =>
    Array.from({ length: counts[key] ?? 0 }, () => value as Valeur<G>),
  );
  return melanger(sac, random);
};

/**
 * One anonymous bénéficiaire per counted participant, each group's values dealt at random among them
 * (the counters say how many, not who): what a collectif stores, flagged `attributions_aleatoires`.
 */
export const repartirParticipantsAnonymes = (
  participants: ParticipantsAnonymes,
  random: () => number = Math.random,
): ParticipantAnonyme[] => {
  const genres = tirage("genres", participants, random);
  const tranches = tirage("tranches", participants, random);
  const statuts = tirage("statuts", participants, random);
  const deja = melanger(
    Array.from({ length: participants.total }, (_, index) => index < participants.dejaAccompagne),
    random,
  );
  return deja.map((dejaAccompagne, index) => ({
    dejaAccompagne,
    genre: genres[index] ?? "non_communique",
    trancheAge: tranches[index] ?? "non_communique",
    statutSocial: statuts[index] ?? "non_communique",
  }));
};
