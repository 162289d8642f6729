import type { ReactNode } from "react";

/**
 * The DSFR table frame (horizontal scroll on small screens). The scrolling box is made a containing
 * block so that visually hidden texts (`fr-sr-only`, absolutely positioned) in far cells stay inside it
 * instead of widening the whole page on a phone.
 */
export function Tableau({ legende, children }: { legende: string; children: ReactNode }) {
  return (
    <div className="fr-table fr-mb-0">
      <div className="fr-table__wrapper">
        <div className="fr-table__container" style={{ position: "relative" }}>
          <div className="fr-table__content">
            <table>
              <caption className="fr-sr-only">{legende}</caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
