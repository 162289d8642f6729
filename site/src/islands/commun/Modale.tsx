import { type ReactNode, useEffect, useRef } from "react";

type InstanceDsfr = { modal?: { disclose: () => void; conceal: () => void } };

declare global {
  interface Window {
    /** DSFR's JavaScript API, loaded by the page layout. */
    dsfr?: (element: Element) => InstanceDsfr;
  }
}

/** Opens a DSFR modal from code (buttons with `aria-controls` open it on their own). */
export const ouvrirModale = (id: string): void => {
  const element = document.getElementById(id);
  if (element) window.dsfr?.(element).modal?.disclose();
};

export const fermerModale = (id: string): void => {
  const element = document.getElementById(id);
  if (element) window.dsfr?.(element).modal?.conceal();
};

/** Attributes of a button that opens the modal `id` (DSFR handles focus, Escape and the focus return). */
export const ouvre = (id: string) => ({ "aria-controls": id, "data-fr-opened": "false" }) as const;

/**
 * A DSFR modal, rendered by React and driven by DSFR's script. `children` is the content under the
 * title; `actions` the footer buttons, each in its `<li>`. `onFermee` runs when it closes, however it was closed.
 */
export function Modale({
  id,
  titre,
  children,
  actions,
  onFermee,
  large,
}: {
  id: string;
  titre: string;
  children: ReactNode;
  actions?: ReactNode;
  onFermee?: () => void;
  /** For a whole form: wider from the md breakpoint. */
  large?: boolean;
}) {
  const dialogue = useRef<HTMLDialogElement>(null);
  const fermee = useRef(onFermee);
  fermee.current = onFermee;

  useEffect(() => {
    const element = dialogue.current;
    const surFermeture = () => fermee.current?.();
    element?.addEventListener("dsfr.conceal", surFermeture);
    return () => element?.removeEventListener("dsfr.conceal", surFermeture);
  }, []);

  return (
    <dialog
      id={id}
      ref={dialogue}
      className="fr-modal"
      aria-labelledby={`${id}-titre`}
      data-fr-concealing-backdrop="true"
    >
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className={large ? "fr-col-12 fr-col-md-10 fr-col-lg-8" : "fr-col-12 fr-col-md-8 fr-col-lg-6"}>
            <div className="fr-modal__body">
              <div className="fr-modal__header">
                <button className="fr-btn--close fr-btn" type="button" aria-controls={id} title="Fermer">
                  Fermer
                </button>
              </div>
              <div className="fr-modal__content">
                <h2 id={`${id}-titre`} className="fr-modal__title">
                  {titre}
                </h2>
                {children}
              </div>
              {actions && (
                <div className="fr-modal__footer">
                  <ul className="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg">
                    {actions}
                  </ul>
                </div>
              )}
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
