import { type Executor, schema } from "@coop/db";
import { etapeCourante } from "@coop/domain";
import { ApiError } from "@coop/http";
import { eq } from "drizzle-orm";

const { coordinateurs, mediateurs, users } = schema;

/** The user's inscription as the pages show it, with the step where it resumes. */
export const etatInscription = async (
  db: Executor,
  userId: string,
  { verrouiller = false }: { verrouiller?: boolean } = {},
) => {
  const requete = db
    .select({
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      phone: users.phone,
      siret: users.siret,
      isConseillerNumerique: users.isConseillerNumerique,
      profilInscription: users.profilInscription,
      acceptationCgu: users.acceptationCgu,
      structureEmployeuseRenseignee: users.structureEmployeuseRenseignee,
      lieuxActiviteRenseignes: users.lieuxActiviteRenseignes,
      inscriptionValidee: users.inscriptionValidee,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  // Inside a step's transaction, FOR UPDATE serialises the steps of one user (double clicks, two tabs).
  const [row] = await (verrouiller ? requete.for("update") : requete);
  const [mediateur] = await db
    .select({ id: mediateurs.id })
    .from(mediateurs)
    .where(eq(mediateurs.userId, userId));
  const [coordinateur] = await db
    .select({ id: coordinateurs.id })
    .from(coordinateurs)
    .where(eq(coordinateurs.userId, userId));
  if (!row) throw new ApiError("not_found", { message: "Ce compte est introuvable." });
  const roles = { mediateur: mediateur !== undefined, coordinateur: coordinateur !== undefined };
  const etape = etapeCourante({
    acceptationCgu: row.acceptationCgu !== null,
    structureEmployeuseRenseignee: row.structureEmployeuseRenseignee !== null,
    lieuxActiviteRenseignes: row.lieuxActiviteRenseignes !== null,
    inscriptionValidee: row.inscriptionValidee !== null,
    ...roles,
  });
  return {
    etape,
    utilisateur: {
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      phone: row.phone,
      siret: row.siret,
      isConseillerNumerique: row.isConseillerNumerique,
      profilInscription: row.profilInscription,
      acceptationCgu: row.acceptationCgu,
    },
    roles,
    mediateurId: mediateur?.id ?? null,
    coordinateurId: coordinateur?.id ?? null,
  };
};

/** What GET /auth/inscription answers (the role rows' ids stay inside the function). */
export const vueInscription = ({
  etape,
  utilisateur,
  roles,
}: Awaited<ReturnType<typeof etatInscription>>) => ({
  etape,
  utilisateur,
  roles,
});
