import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { ApiError } from "../../lib/api.ts";

/** What an option shows: a title, and a line of detail under it. */
export type RenduOption = { titre: string; detail?: string | undefined };

/** An option after the results, e.g. "Créer le tag « x »", with what choosing it does. */
export type OptionSupplementaire = { libelle: string; choisir: () => void };

type Etat<T> =
  | { etat: "ferme" }
  | { etat: "recherche" }
  | { etat: "resultats"; resultats: T[] }
  | { etat: "erreur"; message: string };

const delai = 250;

/**
 * A search field with a list of suggestions, after the ARIA 1.2 combobox pattern: typing searches
 * (`chercher`), ↓/↑ move in the list, Enter picks, Escape closes. The number of results is announced.
 * What has been picked is shown by the caller, next to it; the field empties after each pick.
 */
export function Combobox<T>({
  id,
  label,
  indice,
  erreur,
  obligatoire,
  chercher,
  cle,
  rendu,
  onChoisir,
  longueurMinimale = 2,
  supplementaire,
  aucunResultat = "Aucun résultat.",
  nature = "résultat",
}: {
  id: string;
  label: ReactNode;
  indice?: ReactNode;
  erreur?: string | undefined;
  obligatoire?: boolean;
  chercher: (texte: string, signal: AbortSignal) => Promise<T[]>;
  cle: (option: T) => string;
  rendu: (option: T) => RenduOption;
  onChoisir: (option: T) => void;
  longueurMinimale?: number;
  supplementaire?: (texte: string, resultats: readonly T[]) => OptionSupplementaire | null;
  aucunResultat?: string;
  /** "commune", "bénéficiaire"…: for the announced count. */
  nature?: string;
}) {
  const [texte, setTexte] = useState("");
  const [etat, setEtat] = useState<Etat<T>>({ etat: "ferme" });
  const [actif, setActif] = useState(-1);
  const [ouvert, setOuvert] = useState(false);
  const [annonce, setAnnonce] = useState("");
  const liste = `${id}-liste`;
  const statut = `${id}-statut`;
  const idLabel = `${id}-label`;
  const instance = useId();
  const recherche = useRef(0);
  const chercherCourant = useRef(chercher);
  chercherCourant.current = chercher;

  useEffect(() => {
    const q = texte.trim();
    if (!ouvert || q.length < longueurMinimale) {
      setEtat({ etat: "ferme" });
      return;
    }
    const controleur = new AbortController();
    const numero = ++recherche.current;
    const minuteur = setTimeout(
      () => {
        setEtat({ etat: "recherche" });
        chercherCourant.current(q, controleur.signal).then(
          (resultats) => {
            if (numero !== recherche.current) return;
            setEtat({ etat: "resultats", resultats });
            setActif(-1);
          },
          (error: unknown) => {
            if (controleur.signal.aborted) return;
            setEtat({
              etat: "erreur",
              message: error instanceof ApiError ? error.message : "La recherche n'a pas abouti. Réessayez.",
            });
          },
        );
      },
      longueurMinimale === 0 ? 0 : delai,
    );
    return () => {
      clearTimeout(minuteur);
      controleur.abort();
    };
  }, [texte, ouvert, longueurMinimale]);

  const resultats = etat.etat === "resultats" ? etat.resultats : [];
  const extra = etat.etat === "resultats" ? (supplementaire?.(texte.trim(), resultats) ?? null) : null;
  const nombre = resultats.length + (extra ? 1 : 0);
  const deplie = ouvert && etat.etat === "resultats" && nombre > 0;
  const idOption = (rang: number) => `${id}-option-${rang}-${instance.replace(/:/g, "")}`;

  const choisir = (rang: number) => {
    const option = resultats[rang];
    if (option) {
      onChoisir(option);
      setAnnonce(`${rendu(option).titre} choisi.`);
    } else if (extra && rang === resultats.length) {
      extra.choisir();
      setAnnonce("");
    } else return;
    setTexte("");
    setOuvert(false);
    setActif(-1);
  };

  const message =
    etat.etat === "recherche"
      ? "Recherche en cours…"
      : etat.etat === "erreur"
        ? etat.message
        : etat.etat === "resultats"
          ? resultats.length === 0
            ? aucunResultat
            : `${resultats.length} ${nature}${resultats.length > 1 ? "s" : ""} trouvé${resultats.length > 1 ? "s" : ""}. Utilisez les flèches pour parcourir la liste.`
          : annonce;

  const decrit = [erreur && `${id}-erreur`].filter(Boolean).join(" ") || undefined;

  return (
    <div className={`fr-input-group coop-combobox${erreur ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={id} id={idLabel}>
        {label}
        {obligatoire && <span aria-hidden="true"> *</span>}
        {indice && <span className="fr-hint-text">{indice}</span>}
      </label>
      <div className="coop-combobox__zone">
        <input
          className={`fr-input${erreur ? " fr-input--error" : ""}`}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={deplie}
          aria-controls={liste}
          aria-activedescendant={deplie && actif >= 0 ? idOption(actif) : undefined}
          aria-invalid={erreur ? true : undefined}
          aria-describedby={decrit}
          value={texte}
          onChange={(event) => {
            setTexte(event.target.value);
            setOuvert(true);
            setAnnonce("");
          }}
          onClick={() => {
            if (longueurMinimale === 0) setOuvert(true);
          }}
          onBlur={() => setOuvert(false)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") {
              event.preventDefault();
              if (!ouvert) setOuvert(true);
              else if (nombre > 0) setActif((rang) => (rang + 1) % nombre);
            } else if (event.key === "ArrowUp") {
              event.preventDefault();
              if (nombre > 0) setActif((rang) => (rang <= 0 ? nombre - 1 : rang - 1));
            } else if (event.key === "Enter") {
              // Enter picks in the list; it never sends the whole form.
              event.preventDefault();
              if (deplie && actif >= 0) choisir(actif);
              else if (deplie && nombre === 1) choisir(0);
            } else if (event.key === "Escape") {
              if (deplie) {
                event.preventDefault();
                event.stopPropagation();
                setOuvert(false);
              } else if (texte) {
                event.preventDefault();
                setTexte("");
              }
            }
          }}
        />
        <div
          className="coop-combobox__liste"
          id={liste}
          role="listbox"
          aria-labelledby={idLabel}
          hidden={!deplie}
        >
          {resultats.map((option, rang) => {
            const { titre, detail } = rendu(option);
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays in the field (aria-activedescendant), as the ARIA combobox pattern says.
              // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant, never focused.
              <div
                key={cle(option)}
                id={idOption(rang)}
                role="option"
                aria-selected={rang === actif}
                className="coop-combobox__option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choisir(rang)}
              >
                <span className="fr-text--bold">{titre}</span>
                {detail && <span className="fr-text--xs fr-mb-0 coop-combobox__detail">{detail}</span>}
              </div>
            );
          })}
          {extra && (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays in the field (aria-activedescendant), as the ARIA combobox pattern says.
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant, never focused.
            <div
              id={idOption(resultats.length)}
              role="option"
              aria-selected={actif === resultats.length}
              className="coop-combobox__option coop-combobox__option--action"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choisir(resultats.length)}
            >
              <span className="fr-icon-add-line fr-icon--sm" aria-hidden="true" /> {extra.libelle}
            </div>
          )}
        </div>
      </div>
      <p
        className={`fr-text--xs fr-mt-1w fr-mb-0${etat.etat === "erreur" ? " fr-error-text" : ""}`}
        id={statut}
        role="status"
      >
        {message}
      </p>
      {erreur && (
        <p className="fr-error-text" id={`${id}-erreur`}>
          {erreur}
        </p>
      )}
    </div>
  );
}
