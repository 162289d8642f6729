import { useEffect, useRef } from "react";

/**
 * The DSFR success alert after an action, focused so that it is read out. `message` null: nothing.
 */
export function Succes({ message }: { message: string | null }) {
  const alerte = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) alerte.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" ref={alerte} tabIndex={-1}>
      <p>{message}</p>
    </div>
  );
}

/**
 * Reads a one-time `?succes=` left by the previous page (after a save or a delete), then removes it
 * from the address so that a reload does not say it again.
 */
export function lireSucces(
  messages: Readonly<Record<string, string | ((parametres: URLSearchParams) => string)>>,
  /** Other one-time parameters that go with it ("nombre"). */
  avec: readonly string[] = [],
): string | null {
  const url = new URL(window.location.href);
  const cle = url.searchParams.get("succes");
  if (!cle) return null;
  const parametres = new URLSearchParams(url.searchParams);
  for (const nom of ["succes", ...avec]) url.searchParams.delete(nom);
  window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  const message = messages[cle];
  return typeof message === "function" ? message(parametres) : (message ?? null);
}
