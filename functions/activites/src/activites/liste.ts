import { type Executor, schema } from "@coop/db";
import {
  and,
  arrayOverlaps,
  asc,
  desc,
  eq,
  exists,
  gte,
  inArray,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Filtres } from "./filtres.ts";

const { activites, accompagnements, activiteTags, beneficiaires, structures, tags } = schema;

const communeActivite = sql`coalesce(${structures.codeInsee}, ${activites.lieuCodeInsee})`;

/** Case- and accent-insensitive "contains", the term bound as a parameter with LIKE wildcards escaped. */
const contient = (colonne: SQL, terme: string) =>
  sql`coop.sans_accents(${colonne}) like '%' || coop.sans_accents(${terme.replace(/[\\%_]/g, "\\$&")}) || '%'`;

const rechercheTerme = (terme: string) =>
  or(
    contient(sql`${activites.titreAtelier}`, terme),
    contient(sql`${structures.nom}`, terme),
    contient(sql`${activites.lieuCommune}`, terme),
    exists(
      sql`(select 1 from ${accompagnements} inner join ${beneficiaires}
        on ${beneficiaires.id} = ${accompagnements.beneficiaireId} and not ${beneficiaires.anonyme}
        where ${accompagnements.activiteId} = ${activites.id}
          and ${contient(sql`${beneficiaires.prenom} || ' ' || ${beneficiaires.nom}`, terme)})`,
    ),
  );

/** The WHERE of the list: the médiateur's non-deleted activités, narrowed by each filter given. */
const conditions = (mediateurId: string, filtres: Filtres) =>
  and(
    eq(activites.mediateurId, mediateurId),
    isNull(activites.suppression),
    filtres.du ? gte(activites.date, filtres.du) : undefined,
    filtres.au ? lte(activites.date, filtres.au) : undefined,
    filtres.types.length > 0 ? inArray(activites.type, filtres.types) : undefined,
    filtres.lieux.length > 0 ? inArray(activites.structureId, filtres.lieux) : undefined,
    filtres.communes.length > 0 ? inArray(communeActivite, filtres.communes) : undefined,
    filtres.departements.length > 0
      ? or(...filtres.departements.map((departement) => sql`${communeActivite} like ${`${departement}%`}`))
      : undefined,
    filtres.thematiqueNonAdministratives.length > 0
      ? arrayOverlaps(activites.thematiques, filtres.thematiqueNonAdministratives)
      : undefined,
    filtres.thematiqueAdministratives.length > 0
      ? arrayOverlaps(activites.thematiques, filtres.thematiqueAdministratives)
      : undefined,
    filtres.tags.length > 0
      ? exists(
          sql`(select 1 from ${activiteTags} where ${activiteTags.activiteId} = ${activites.id}
            and ${inArray(activiteTags.tagId, filtres.tags)})`,
        )
      : undefined,
    filtres.beneficiaires.length > 0
      ? exists(
          sql`(select 1 from ${accompagnements} where ${accompagnements.activiteId} = ${activites.id}
            and ${inArray(accompagnements.beneficiaireId, filtres.beneficiaires)})`,
        )
      : undefined,
    ...filtres.recherche.split(/\s+/).filter(Boolean).slice(0, 10).map(rechercheTerme),
  );

const colonnesTri = { date: activites.date, duree: activites.duree, creation: activites.creation } as const;

const ordre = (filtres: Filtres) => {
  const sens = filtres.ordre === "asc" ? asc : desc;
  const suite = filtres.tri === "creation" ? [] : [sens(activites.creation)];
  return [
    sens(colonnesTri[filtres.tri]),
    ...(filtres.tri === "duree" ? [desc(activites.date)] : []),
    ...suite,
    sens(activites.id),
  ];
};

/** The filter's total; the lieu's structure is joined only when a filter reads it. */
const compter = async (db: Executor, where: SQL | undefined, filtres: Filtres) => {
  const requete = db.select({ n: sql<number>`count(*)::int` }).from(activites);
  const parLieu = filtres.communes.length > 0 || filtres.departements.length > 0 || filtres.recherche !== "";
  const [ligne] = await (parLieu
    ? requete.leftJoin(structures, eq(structures.id, activites.structureId)).where(where)
    : requete.where(where));
  return ligne?.n ?? 0;
};

// Evaluated for the page's rows only (after ORDER BY … LIMIT): the tags, and an individuel's bénéficiaire.
const tagsDeLaLigne = sql<{ id: string; nom: string }[]>`coalesce((
  select json_agg(json_build_object('id', ${tags.id}, 'nom', ${tags.nom}) order by coop.sans_accents(${tags.nom}))
  from ${activiteTags} inner join ${tags} on ${tags.id} = ${activiteTags.tagId}
  where ${activiteTags.activiteId} = ${activites.id} and ${tags.suppression} is null), '[]'::json)`;

const beneficiaireDeLaLigne = sql<{
  id: string;
  prenom: string | null;
  nom: string | null;
  anonyme: boolean;
} | null>`(
  select json_build_object('id', ${beneficiaires.id}, 'prenom', ${beneficiaires.prenom},
    'nom', ${beneficiaires.nom}, 'anonyme', ${beneficiaires.anonyme})
  from ${accompagnements} inner join ${beneficiaires} on ${beneficiaires.id} = ${accompagnements.beneficiaireId}
  where ${accompagnements.activiteId} = ${activites.id} and ${activites.type} = 'individuel'
  limit 1)`;

/** One page of the médiateur's activités, summarised for the table, with the total of the filter. */
export const listerActivites = async (db: Executor, mediateurId: string, filtres: Filtres) => {
  const where = conditions(mediateurId, filtres);
  const [lignes, total] = await Promise.all([
    db
      .select({
        id: activites.id,
        type: activites.type,
        date: activites.date,
        duree: activites.duree,
        typeLieu: activites.typeLieu,
        lieu: sql<string | null>`coalesce(${structures.nom}, ${activites.lieuCommune})`,
        titreAtelier: activites.titreAtelier,
        accompagnementsCount: activites.accompagnementsCount,
        thematiques: activites.thematiques,
        tags: tagsDeLaLigne,
        beneficiaire: beneficiaireDeLaLigne,
        creation: activites.creation,
        modification: activites.modification,
      })
      .from(activites)
      .leftJoin(structures, eq(structures.id, activites.structureId))
      .where(where)
      .orderBy(...ordre(filtres))
      .limit(filtres.lignes)
      .offset((filtres.page - 1) * filtres.lignes),
    compter(db, where, filtres),
  ]);

  return {
    activites: lignes.map(({ accompagnementsCount, beneficiaire, tags, ...ligne }) => {
      const individuel = ligne.type === "individuel";
      const suivi = beneficiaire && !beneficiaire.anonyme ? beneficiaire : null;
      return {
        ...ligne,
        beneficiaireId: suivi?.id ?? null,
        beneficiaire: individuel
          ? suivi
            ? [suivi.prenom, suivi.nom].filter(Boolean).join(" ")
            : "Bénéficiaire anonyme"
          : null,
        participantsCount: individuel ? null : accompagnementsCount,
        tags,
      };
    }),
    total,
    page: filtres.page,
    lignes: filtres.lignes,
  };
};
