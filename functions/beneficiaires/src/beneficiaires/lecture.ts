import { type Executor, schema } from "@coop/db";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { aUnDoublon } from "../doublons/doublons.ts";
import { beneficiaireIntrouvable, colonnesDetail, suivisDe } from "./portee.ts";

const { accompagnements, activites, beneficiaires, structures } = schema;

/** The activités of a bénéficiaire that count: not deleted, recorded by the médiateur. */
const activitesDe = (mediateurId: string, beneficiaireId: string) =>
  and(
    eq(accompagnements.beneficiaireId, beneficiaireId),
    eq(activites.mediateurId, mediateurId),
    isNull(activites.suppression),
  );

/** How many of the bénéficiaire's activités covered each thématique, most frequent first. */
const thematiquesDe = async (db: Executor, mediateurId: string, beneficiaireId: string) => {
  const thematique = sql<string>`unnest(${activites.thematiques})`;
  const rows = await db
    .select({ thematique, count: sql<number>`count(*)::int` })
    .from(accompagnements)
    .innerJoin(activites, eq(activites.id, accompagnements.activiteId))
    .where(activitesDe(mediateurId, beneficiaireId))
    .groupBy(sql`1`)
    .orderBy(sql`2 desc`, sql`1 asc`);
  return rows;
};

/** A bénéficiaire's page: every field, the thématiques summary and the "doublon potentiel" alert. */
export const beneficiaireParId = async (db: Executor, mediateurId: string, beneficiaireId: string) => {
  const [beneficiaire] = await db
    .select(colonnesDetail)
    .from(beneficiaires)
    .where(and(suivisDe(mediateurId), eq(beneficiaires.id, beneficiaireId)));
  if (!beneficiaire) throw beneficiaireIntrouvable();
  const [thematiques, doublonPotentiel] = await Promise.all([
    thematiquesDe(db, mediateurId, beneficiaireId),
    aUnDoublon(db, mediateurId, beneficiaireId),
  ]);
  return { ...beneficiaire, thematiques, doublonPotentiel };
};

export const ACCOMPAGNEMENTS_PAR_PAGE = 20;

/** The bénéficiaire's activités, latest first, a page at a time. */
export const accompagnementsDe = async (
  db: Executor,
  mediateurId: string,
  beneficiaireId: string,
  page: number,
) => {
  const [existe] = await db
    .select({ id: beneficiaires.id })
    .from(beneficiaires)
    .where(and(suivisDe(mediateurId), eq(beneficiaires.id, beneficiaireId)));
  if (!existe) throw beneficiaireIntrouvable();

  const condition = activitesDe(mediateurId, beneficiaireId);
  const [lignes, [total]] = await Promise.all([
    db
      .select({
        activiteId: activites.id,
        date: activites.date,
        type: activites.type,
        duree: activites.duree,
        thematiques: activites.thematiques,
        titreAtelier: activites.titreAtelier,
        typeLieu: activites.typeLieu,
        structureNom: structures.nom,
        lieuCommune: activites.lieuCommune,
        lieuCodePostal: activites.lieuCodePostal,
      })
      .from(accompagnements)
      .innerJoin(activites, eq(activites.id, accompagnements.activiteId))
      .leftJoin(structures, eq(structures.id, activites.structureId))
      .where(condition)
      .orderBy(desc(activites.date), desc(activites.creation), desc(activites.id))
      .limit(ACCOMPAGNEMENTS_PAR_PAGE)
      .offset((page - 1) * ACCOMPAGNEMENTS_PAR_PAGE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(accompagnements)
      .innerJoin(activites, eq(activites.id, accompagnements.activiteId))
      .where(condition),
  ]);
  return {
    accompagnements: lignes.map(({ typeLieu, structureNom, lieuCommune, lieuCodePostal, ...ligne }) => ({
      ...ligne,
      lieu: { typeLieu, nom: structureNom, commune: lieuCommune, codePostal: lieuCodePostal },
    })),
    total: total?.n ?? 0,
    page,
    lignes: ACCOMPAGNEMENTS_PAR_PAGE,
  };
};
