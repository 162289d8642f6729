/** Above every notes field: what must never be written there (RGPD, spec §12). */
export function AvertissementNotes() {
  return (
    <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w">
      <p>
        Ne saisissez aucune donnée sensible dans les notes : santé, opinions politiques ou religieuses,
        origine, vie sexuelle, condamnations, numéro de sécurité sociale, coordonnées bancaires ou mots de
        passe.
      </p>
    </div>
  );
}
