import { type Executor, recordMutation, schema } from "@coop/db";
import { etapeInscription } from "@coop/domain";
import { ApiError } from "@coop/http";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { etatInscription } from "./etat.ts";

const { invitationsEquipes, mediateursCoordonnes, coordinateurs, users } = schema;

/** Pending team invitations sent to the e-mail become memberships of the médiateur. */
const accepterInvitations = async (
  tx: Executor,
  {
    userId,
    email,
    mediateurId,
    startedAt,
  }: { userId: string; email: string; mediateurId: string; startedAt: number },
) => {
  const invitations = await tx
    .select({ id: invitationsEquipes.id, coordinateurId: invitationsEquipes.coordinateurId })
    .from(invitationsEquipes)
    .innerJoin(coordinateurs, eq(coordinateurs.id, invitationsEquipes.coordinateurId))
    .where(
      and(
        eq(sql`lower(${invitationsEquipes.email})`, email.toLowerCase()),
        isNull(invitationsEquipes.acceptee),
        isNull(invitationsEquipes.refusee),
        // A coordinateur never joins their own team.
        ne(coordinateurs.userId, userId),
      ),
    );
  for (const invitation of invitations) {
    const [membre] = await tx
      .select({ id: mediateursCoordonnes.id })
      .from(mediateursCoordonnes)
      .where(
        and(
          eq(mediateursCoordonnes.mediateurId, mediateurId),
          eq(mediateursCoordonnes.coordinateurId, invitation.coordinateurId),
          isNull(mediateursCoordonnes.suppression),
        ),
      )
      .limit(1);
    if (!membre) {
      await tx
        .insert(mediateursCoordonnes)
        .values({ mediateurId, coordinateurId: invitation.coordinateurId });
    }
    await tx
      .update(invitationsEquipes)
      .set({ acceptee: sql`now()`, mediateurId })
      .where(eq(invitationsEquipes.id, invitation.id));
    await recordMutation(tx, {
      userId,
      nom: "accepter_invitation_mediateur_coordonne",
      data: { invitationId: invitation.id, coordinateurId: invitation.coordinateurId, mediateurId },
      startedAt,
    });
  }
  return invitations.length;
};

/**
 * "Valider mon inscription", from the summary only. Accepts the pending team invitations of a médiateur.
 * A second call on a validated inscription changes nothing.
 */
export const validerInscription = async (db: Executor, userId: string) => {
  const startedAt = performance.now();
  return db.transaction(async (tx) => {
    const etat = await etatInscription(tx, userId, { verrouiller: true });
    if (etat.etape === "terminee") return { invitationsAcceptees: 0 };
    if (etat.etape !== "recapitulatif") {
      throw new ApiError("conflict", {
        message: `Votre inscription n'est pas terminée : il reste l'étape « ${etapeInscription.label(etat.etape)} ».`,
        fields: { etape: etat.etape },
      });
    }
    await tx
      .update(users)
      .set({ inscriptionValidee: sql`now()`, updated: sql`now()` })
      .where(eq(users.id, userId));
    const invitationsAcceptees = etat.mediateurId
      ? await accepterInvitations(tx, {
          userId,
          email: etat.utilisateur.email,
          mediateurId: etat.mediateurId,
          startedAt,
        })
      : 0;
    await recordMutation(tx, {
      userId,
      nom: "valider_inscription",
      data: { profilInscription: etat.utilisateur.profilInscription, invitationsAcceptees },
      startedAt,
    });
    return { invitationsAcceptees };
  });
};
