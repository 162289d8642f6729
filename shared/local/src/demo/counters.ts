import type { AccompagnementRow, Dataset } from "./activites.ts";
import type { Comptes } from "./comptes.ts";

// Counters and "premier accompagnement", computed once in memory so that they are exact when inserted.

const later = (a: Date | null | undefined, b: Date) => (a && a > b ? a : b);

export const computeCounters = (comptes: Comptes, dataset: Dataset) => {
  const activites = new Map(dataset.activites.map((activite) => [activite.id, activite]));
  const beneficiaires = new Map(dataset.beneficiaires.map((beneficiaire) => [beneficiaire.id, beneficiaire]));
  const mediateurs = new Map(comptes.mediateurs.map((mediateur) => [mediateur.row.id, mediateur.row]));
  const structures = new Map(comptes.structures.map((structure) => [structure.id!, structure]));

  for (const mediateur of mediateurs.values()) {
    mediateur.activitesCount = 0;
    mediateur.accompagnementsCount = 0;
    mediateur.beneficiairesCount = 0;
  }
  for (const activite of dataset.activites) {
    if (activite.suppression) continue;
    const mediateur = mediateurs.get(activite.mediateurId)!;
    mediateur.activitesCount! += 1;
    mediateur.derniereCreationActivite = later(mediateur.derniereCreationActivite, activite.creation!);
    if (activite.structureId) {
      const structure = structures.get(activite.structureId)!;
      structure.activitesCount = (structure.activitesCount ?? 0) + 1;
    }
  }

  // An identified bénéficiaire's first accompagnement is the earliest by (activité date, activité id).
  const premiers = new Map<string, { accompagnement: AccompagnementRow; date: string; activiteId: string }>();
  for (const accompagnement of dataset.accompagnements) {
    const activite = activites.get(accompagnement.activiteId)!;
    const beneficiaire = beneficiaires.get(accompagnement.beneficiaireId)!;
    beneficiaire.accompagnementsCount += 1;
    mediateurs.get(activite.mediateurId)!.accompagnementsCount! += 1;
    // Deleted (RGPD) bénéficiaires were identified when their accompagnements were recorded.
    const suivi = !beneficiaire.anonyme || beneficiaire.suppression;
    if (!suivi) continue;
    accompagnement.premierAccompagnement = false;
    const current = premiers.get(beneficiaire.id);
    if (
      !current ||
      activite.date < current.date ||
      (activite.date === current.date && activite.id < current.activiteId)
    ) {
      premiers.set(beneficiaire.id, { accompagnement, date: activite.date, activiteId: activite.id });
    }
  }
  for (const { accompagnement } of premiers.values()) accompagnement.premierAccompagnement = true;

  for (const beneficiaire of dataset.beneficiaires) {
    if (beneficiaire.anonyme || beneficiaire.suppression) continue;
    const mediateur = mediateurs.get(beneficiaire.mediateurId)!;
    mediateur.beneficiairesCount! += 1;
    mediateur.derniereCreationBeneficiaire = later(
      mediateur.derniereCreationBeneficiaire,
      beneficiaire.creation!,
    );
  }
};
