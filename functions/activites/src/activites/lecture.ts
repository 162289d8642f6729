import { type Executor, schema } from "@coop/db";
import { groupesParticipants, type ParticipantsAnonymes } from "@coop/domain";
import { and, eq, isNull, sql } from "drizzle-orm";
import { activiteIntrouvable } from "./enregistrement.ts";

const { activites, accompagnements, activiteTags, beneficiaires, structures, tags } = schema;

/** enum value → counter key, per group (non_communique → nonCommunique). */
const clesParValeur = Object.fromEntries(
  Object.entries(groupesParticipants).map(([nom, groupe]) => [
    nom,
    Object.fromEntries(Object.entries(groupe.valeurs).map(([cle, valeur]) => [valeur, cle])),
  ]),
) as Record<keyof typeof groupesParticipants, Record<string, string>>;

const zeros = (nom: keyof typeof groupesParticipants) =>
  Object.fromEntries(groupesParticipants[nom].keys.map((key) => [key, 0]));

/** The counters the collectif form shows, from its anonymous bénéficiaires. */
const compterAnonymes = (lignes: LigneAnonymes[]): ParticipantsAnonymes => {
  const compteurs = {
    total: 0,
    dejaAccompagne: 0,
    genres: zeros("genres"),
    tranches: zeros("tranches"),
    statuts: zeros("statuts"),
  } as Record<string, unknown> & { total: number; dejaAccompagne: number };
  for (const ligne of lignes) {
    compteurs.total += ligne.n;
    if (!ligne.premier) compteurs.dejaAccompagne += ligne.n;
    for (const [nom, valeur] of [
      ["genres", ligne.genre],
      ["tranches", ligne.trancheAge],
      ["statuts", ligne.statutSocial],
    ] as const) {
      const cle = clesParValeur[nom][valeur ?? "non_communique"] ?? "nonCommunique";
      (compteurs[nom] as Record<string, number>)[cle]! += ligne.n;
    }
  }
  return compteurs as unknown as ParticipantsAnonymes;
};

type LigneAnonymes = {
  genre: string | null;
  trancheAge: string | null;
  statutSocial: string | null;
  premier: boolean;
  commune: string | null;
  codePostal: string | null;
  codeInsee: string | null;
  n: number;
};

// Read in the same statement as the activité: its tags, its identified bénéficiaires by name, its
// anonymous ones (deleted ones included) grouped by what the counters show.
const lies = sql`from ${accompagnements} inner join ${beneficiaires} on ${beneficiaires.id} = ${accompagnements.beneficiaireId}
  where ${accompagnements.activiteId} = ${activites.id}`;

const tagsDeLActivite = sql<{ id: string; nom: string }[]>`coalesce((
  select json_agg(json_build_object('id', ${tags.id}, 'nom', ${tags.nom}) order by coop.sans_accents(${tags.nom}))
  from ${activiteTags} inner join ${tags} on ${tags.id} = ${activiteTags.tagId}
  where ${activiteTags.activiteId} = ${activites.id} and ${tags.suppression} is null), '[]'::json)`;

const identifiesDeLActivite = sql<{ id: string; prenom: string | null; nom: string | null }[]>`coalesce((
  select json_agg(json_build_object('id', ${beneficiaires.id}, 'prenom', ${beneficiaires.prenom}, 'nom', ${beneficiaires.nom})
    order by coop.sans_accents(${beneficiaires.nom}), coop.sans_accents(${beneficiaires.prenom}), ${beneficiaires.id})
  ${lies} and not ${beneficiaires.anonyme}), '[]'::json)`;

const anonymesDeLActivite = sql<LigneAnonymes[]>`coalesce((
  select json_agg(groupe) from (
    select ${beneficiaires.genre} as genre, ${beneficiaires.trancheAge} as "trancheAge",
      ${beneficiaires.statutSocial} as "statutSocial", ${accompagnements.premierAccompagnement} as premier,
      ${beneficiaires.commune} as commune, ${beneficiaires.communeCodePostal} as "codePostal",
      ${beneficiaires.communeCodeInsee} as "codeInsee", count(*)::int as n
    ${lies} and ${beneficiaires.anonyme}
    group by 1, 2, 3, 4, 5, 6, 7) as groupe), '[]'::json)`;

/** One of the médiateur's activités, in full (404 for anyone else's, or a deleted one). */
export const lireActivite = async (db: Executor, mediateurId: string, activiteId: string) => {
  const [activite] = await db
    .select({
      activite: activites,
      structure: {
        id: structures.id,
        nom: structures.nom,
        adresse: structures.adresse,
        commune: structures.commune,
        codePostal: structures.codePostal,
        codeInsee: structures.codeInsee,
      },
      tags: tagsDeLActivite,
      identifies: identifiesDeLActivite,
      anonymes: anonymesDeLActivite,
    })
    .from(activites)
    .leftJoin(structures, eq(structures.id, activites.structureId))
    .where(
      and(
        eq(activites.id, activiteId),
        eq(activites.mediateurId, mediateurId),
        isNull(activites.suppression),
      ),
    );
  if (!activite) throw activiteIntrouvable();
  const { activite: a, tags: lesTags, identifies, anonymes } = activite;
  const communs = {
    id: a.id,
    type: a.type,
    date: a.date,
    duree: a.duree,
    typeLieu: a.typeLieu,
    structureId: a.structureId,
    structure: activite.structure,
    lieuCommune:
      a.lieuCommune && a.lieuCodePostal
        ? { nom: a.lieuCommune, codePostal: a.lieuCodePostal, codeInsee: a.lieuCodeInsee }
        : null,
    lieu: activite.structure?.nom ?? a.lieuCommune,
    structureEmployeuseId: a.structureEmployeuseId,
    thematiques: a.thematiques,
    precisionsDemarche: a.precisionsDemarche,
    materiel: a.materiel,
    tags: lesTags,
    notes: a.notes,
    accompagnementsCount: a.accompagnementsCount,
    creation: a.creation,
    modification: a.modification,
  };

  if (a.type === "collectif") {
    return {
      ...communs,
      type: "collectif" as const,
      participants: identifies,
      participantsAnonymes: compterAnonymes(anonymes),
      titreAtelier: a.titreAtelier,
      niveau: a.niveau,
    };
  }
  const anonyme = anonymes[0];
  return {
    ...communs,
    type: "individuel" as const,
    beneficiaireId: identifies[0]?.id ?? null,
    beneficiaire: identifies[0] ?? null,
    beneficiaireAnonyme:
      !identifies[0] && anonyme
        ? {
            dejaAccompagne: !anonyme.premier,
            commune:
              anonyme.commune && anonyme.codePostal && anonyme.codeInsee
                ? { nom: anonyme.commune, codePostal: anonyme.codePostal, codeInsee: anonyme.codeInsee }
                : null,
            genre: anonyme.genre,
            trancheAge: anonyme.trancheAge,
            statutSocial: anonyme.statutSocial,
          }
        : null,
    autonomie: a.autonomie,
    orienteVersStructure: a.orienteVersStructure,
    structureDeRedirection: a.structureDeRedirection,
  };
};

export type ActiviteDetail = Awaited<ReturnType<typeof lireActivite>>;
