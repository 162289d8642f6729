import type { tags } from "@coop/db/schema";
import type { CompteKey } from "./acteurs.ts";
import type { MediateurContext } from "./comptes.ts";
import { tagDepartemental, tagEquipe, tagsNationaux, tagsPersonnels } from "./contenus.ts";
import type { Random } from "./random.ts";

// Tags of every scope, and for each médiateur the ones he may put on an activité.

type TagsOptions = {
  mediateurs: MediateurContext[];
  coordinateurId: string;
  /** Team members: the day they joined and the day they left (null = still in the team). */
  membres: Map<CompteKey, { depuis: number; jusqua: number | null }>;
  created: Date;
};

export const tagRows = (random: Random, options: TagsOptions): (typeof tags.$inferInsert)[] => {
  const { created } = options;
  const rows: (typeof tags.$inferInsert & { id: string })[] = [];
  const base = { equipe: false, creation: created, modification: created };

  const nationaux = tagsNationaux.map((tag) => ({ id: random.uuid(), ...tag, ...base }));
  const departemental = { id: random.uuid(), ...tagDepartemental, ...base };
  const equipe = {
    id: random.uuid(),
    ...tagEquipe,
    coordinateurId: options.coordinateurId,
    ...base,
    equipe: true,
  };
  rows.push(...nationaux, departemental, equipe);

  for (const mediateur of options.mediateurs) {
    const personnels = random.sample(tagsPersonnels, 2).map((nom) => ({
      id: random.uuid(),
      nom,
      mediateurId: mediateur.row.id,
      ...base,
    }));
    rows.push(...personnels);
    const always = { depuis: Number.NEGATIVE_INFINITY, jusqua: null };
    mediateur.tags = [...nationaux, ...personnels].map((tag) => ({ id: tag.id, ...always }));
    if (mediateur.employeurCommune.codeInsee.startsWith(tagDepartemental.departement)) {
      mediateur.tags.push({ id: departemental.id, ...always });
    }
    const membre = options.membres.get(mediateur.definition.key);
    if (membre !== undefined) mediateur.tags.push({ id: equipe.id, ...membre });
  }
  return rows;
};
