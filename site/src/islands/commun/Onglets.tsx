import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";

/**
 * DSFR-looking tabs driven by React (DSFR's own script would fight React over the panels): the ARIA
 * tabs pattern, ←/→/Home/End between tabs, only the selected panel in the page.
 */
export function Onglets({
  id,
  libelle,
  onglets,
  initial = 0,
}: {
  id: string;
  libelle: string;
  onglets: ReadonlyArray<{ cle: string; titre: string; contenu: ReactNode }>;
  initial?: number;
}) {
  const [courant, setCourant] = useState(initial);
  const boutons = useRef<(HTMLButtonElement | null)[]>([]);

  const aller = (rang: number) => {
    const cible = (rang + onglets.length) % onglets.length;
    setCourant(cible);
    boutons.current[cible]?.focus();
  };

  const clavier = (event: KeyboardEvent) => {
    const cibles: Record<string, number> = {
      ArrowRight: courant + 1,
      ArrowLeft: courant - 1,
      Home: 0,
      End: onglets.length - 1,
    };
    const cible = cibles[event.key];
    if (cible !== undefined) {
      event.preventDefault();
      aller(cible);
    }
  };

  const selectionne = onglets[courant];
  return (
    <div className="coop-onglets">
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: DSFR's tab list markup (ARIA tabs pattern). */}
      <ul className="coop-onglets__liste" role="tablist" aria-label={libelle}>
        {onglets.map((onglet, rang) => (
          <li role="presentation" key={onglet.cle}>
            <button
              ref={(element) => {
                boutons.current[rang] = element;
              }}
              id={`${id}-onglet-${onglet.cle}`}
              className="fr-tabs__tab"
              type="button"
              role="tab"
              tabIndex={rang === courant ? 0 : -1}
              aria-selected={rang === courant}
              aria-controls={`${id}-panneau-${onglet.cle}`}
              onClick={() => setCourant(rang)}
              onKeyDown={clavier}
            >
              {onglet.titre}
            </button>
          </li>
        ))}
      </ul>
      {selectionne && (
        <div
          className="coop-onglets__panneau"
          id={`${id}-panneau-${selectionne.cle}`}
          role="tabpanel"
          aria-labelledby={`${id}-onglet-${selectionne.cle}`}
        >
          {selectionne.contenu}
        </div>
      )}
    </div>
  );
}
