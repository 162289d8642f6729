import { useEffect, useRef } from "react";

export type ErreurResumee = {
  /** Id of the field in error, or undefined for an error about the whole form. */
  id?: string | undefined;
  message: string;
};

/** Moves focus to a field (or the first control of a group) from a link of the summary. */
export function allerAuChamp(id: string): void {
  const cible = document.getElementById(id);
  if (!cible) return;
  const controle = cible.matches("input, select, textarea, button")
    ? cible
    : cible.querySelector<HTMLElement>("input, select, textarea, button");
  cible.scrollIntoView({ block: "center" });
  (controle ?? cible).focus();
}

/**
 * The DSFR error alert above a form: counts the errors, links each one to its field, and takes the
 * focus each time the form is sent with errors (`tentative` changes) so that screen readers read it.
 */
export function ResumeErreurs({
  erreurs,
  tentative,
  titre,
  niveau = 2,
}: {
  erreurs: readonly ErreurResumee[];
  tentative: number;
  titre?: string;
  niveau?: 2 | 3;
}) {
  const alerte = useRef<HTMLDivElement>(null);
  const visible = erreurs.length > 0;

  useEffect(() => {
    if (tentative > 0 && visible) alerte.current?.focus();
  }, [tentative, visible]);

  if (!visible) return null;
  const Titre = niveau === 2 ? "h2" : "h3";
  const nombre = erreurs.length;
  const surDesChamps = erreurs.some((erreur) => erreur.id);
  return (
    <div className="fr-alert fr-alert--error fr-mb-3w" ref={alerte} tabIndex={-1}>
      <Titre className="fr-alert__title">
        {titre ??
          (!surDesChamps
            ? "L'enregistrement n'a pas abouti"
            : nombre === 1
              ? "Le formulaire contient une erreur"
              : `Le formulaire contient ${nombre} erreurs`)}
      </Titre>
      <ul>
        {erreurs.map((erreur) => (
          <li key={`${erreur.id ?? ""}:${erreur.message}`}>
            {erreur.id ? (
              <a
                href={`#${erreur.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  allerAuChamp(erreur.id as string);
                }}
              >
                {erreur.message}
              </a>
            ) : (
              erreur.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
