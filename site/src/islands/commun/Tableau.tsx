import type { ReactNode } from "react";

/**
 * The DSFR table frame (horizontal scroll on small screens). The scrolling box is made a containing
 * block so that visually hidden texts (`fr-sr-only`, absolutely positioned) in far cells stay inside it
 * instead of widening the whole page on a phone.
 */
export function Tableau({
  legende,
  children,
  defilable,
}: {
  legende: string;
  children: ReactNode;
  /** A wide table without links or buttons: its scrolling frame takes the focus, for the keyboard. */
  defilable?: boolean;
}) {
  const cadre = defilable ? { tabIndex: 0, role: "region", "aria-label": legende } : {};
  return (
    <div className="fr-table fr-mb-0">
      <div className="fr-table__wrapper">
        <div className="fr-table__container" style={{ position: "relative" }} {...cadre}>
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
