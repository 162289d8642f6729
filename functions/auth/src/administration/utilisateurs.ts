import { type Executor, schema } from "@coop/db";
import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";

const { users, mediateurs, coordinateurs } = schema;

export type FiltreUtilisateurs = {
  recherche?: string | undefined;
  role?: "user" | "support" | "admin" | undefined;
  statut?: "actif" | "desactive" | "supprime" | "inscription" | undefined;
  page: number;
  parPage: number;
};

const statutCondition = (statut: FiltreUtilisateurs["statut"]): SQL | undefined => {
  switch (statut) {
    case "desactive":
      return isNotNull(users.disabled);
    case "supprime":
      return isNotNull(users.deleted);
    case "inscription":
      return and(isNull(users.inscriptionValidee), isNull(users.deleted));
    case "actif":
      return and(isNull(users.disabled), isNull(users.deleted));
    default:
      return undefined;
  }
};

/** Administrators' list of accounts: each word must match a name or the e-mail, accents and case ignored. */
export const listerUtilisateurs = async (db: Executor, filtre: FiltreUtilisateurs) => {
  const mots = (filtre.recherche ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const conditions = [
    ...mots.map((mot) => {
      const motif = `%${mot.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      return or(
        ilike(sql`coop.sans_accents(${users.email})`, sql`coop.sans_accents(${motif})`),
        ilike(
          sql`coop.sans_accents(coalesce(${users.firstName}, '') || ' ' || coalesce(${users.lastName}, ''))`,
          sql`coop.sans_accents(${motif})`,
        ),
      );
    }),
    filtre.role ? eq(users.role, filtre.role) : undefined,
    statutCondition(filtre.statut),
  ].filter(Boolean);
  const where = conditions.length > 0 ? and(...conditions) : undefined;

  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        firstName: users.firstName,
        lastName: users.lastName,
        role: users.role,
        isFixture: users.isFixture,
        isConseillerNumerique: users.isConseillerNumerique,
        inscriptionValidee: users.inscriptionValidee,
        lastLogin: users.lastLogin,
        disabled: users.disabled,
        deleted: users.deleted,
        created: users.created,
        mediateur: sql<boolean>`${mediateurs.id} is not null`,
        coordinateur: sql<boolean>`${coordinateurs.id} is not null`,
      })
      .from(users)
      .leftJoin(mediateurs, eq(mediateurs.userId, users.id))
      .leftJoin(coordinateurs, eq(coordinateurs.userId, users.id))
      .where(where)
      .orderBy(asc(users.lastName), asc(users.firstName), desc(users.created), asc(users.id))
      .limit(filtre.parPage)
      .offset((filtre.page - 1) * filtre.parPage),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { utilisateurs: rows, total: total?.n ?? 0 };
};
