import { type Executor, schema } from "@coop/db";
import type { EntrepriseTrouvee, RechercheEntreprisesClient } from "@coop/external";
import { and, asc, inArray, isNull } from "drizzle-orm";
import { appelExterne } from "../commun/service-externe.ts";

const { structures } = schema;

export type RechercheEntreprises = { siret: string } | { q: string };

/**
 * Établissements from the Recherche d'entreprises API, each with the id of La Coop's structure that
 * already has its SIRET (`structureId`, null if none) so that a pick links it instead of duplicating it.
 */
export const rechercherEntreprises = async (
  db: Executor,
  client: RechercheEntreprisesClient,
  recherche: RechercheEntreprises,
) => {
  const trouvees: EntrepriseTrouvee[] = await appelExterne(async () => {
    if ("siret" in recherche) {
      const entreprise = await client.rechercherParSiret(recherche.siret);
      return entreprise ? [entreprise] : [];
    }
    return client.rechercherParNom(recherche.q, { parPage: 20 });
  });
  const sirets = trouvees.map((entreprise) => entreprise.siret).filter(Boolean);
  const connues =
    sirets.length === 0
      ? []
      : await db
          .select({ id: structures.id, siret: structures.siret })
          .from(structures)
          .where(and(inArray(structures.siret, sirets), isNull(structures.suppression)))
          .orderBy(asc(structures.creation), asc(structures.id));
  const structureParSiret = new Map<string, string>();
  for (const connue of connues)
    if (connue.siret && !structureParSiret.has(connue.siret)) structureParSiret.set(connue.siret, connue.id);

  return trouvees.map((entreprise) => ({
    siret: entreprise.siret,
    siren: entreprise.siren,
    nom: entreprise.nom,
    enseigne: entreprise.enseigne ?? null,
    adresse: entreprise.adresse,
    codePostal: entreprise.codePostal,
    commune: entreprise.commune,
    codeInsee: entreprise.codeInsee ?? null,
    latitude: entreprise.latitude ?? null,
    longitude: entreprise.longitude ?? null,
    actif: entreprise.actif,
    structureId: structureParSiret.get(entreprise.siret) ?? null,
  }));
};
