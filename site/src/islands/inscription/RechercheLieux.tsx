import { useEffect, useState } from "react";
import { ApiError, apiFetch } from "../../lib/api.ts";
import { adresseComplete, type Structure } from "../../lib/inscription.ts";
import { rechercherStructures } from "../../lib/structures-api.ts";

const delai = 300;
const longueurMinimale = 2;

type Etat =
  | { etat: "vide" }
  | { etat: "recherche" }
  | { etat: "resultats"; lieux: Structure[] }
  | { etat: "erreur"; message: string };

const separateur = { borderBottom: "1px solid var(--border-default-grey)" };

/**
 * Search among the structures La Coop knows (`GET /structures/recherche?q=`), as the person types,
 * with a results list whose buttons add or remove each lieu. The count is announced politely.
 */
export function RechercheLieux({
  choisis,
  onAjouter,
  onRetirer,
}: {
  choisis: readonly Structure[];
  onAjouter: (lieu: Structure) => void;
  onRetirer: (lieu: Structure) => void;
}) {
  const [texte, setTexte] = useState("");
  const [etat, setEtat] = useState<Etat>({ etat: "vide" });

  useEffect(() => {
    const q = texte.trim();
    if (q.length < longueurMinimale) {
      setEtat({ etat: "vide" });
      return;
    }
    const controleur = new AbortController();
    const minuteur = setTimeout(() => {
      setEtat({ etat: "recherche" });
      rechercherStructures(q, controleur.signal).then(
        (lieux) => setEtat({ etat: "resultats", lieux }),
        (error: unknown) => {
          if (controleur.signal.aborted) return;
          setEtat({
            etat: "erreur",
            message: error instanceof ApiError ? error.message : "La recherche n'a pas abouti. Réessayez.",
          });
        },
      );
    }, delai);
    return () => {
      clearTimeout(minuteur);
      controleur.abort();
    };
  }, [texte]);

  const statut =
    etat.etat === "recherche"
      ? "Recherche en cours…"
      : etat.etat === "resultats"
        ? etat.lieux.length === 0
          ? "Aucun lieu ne correspond. Vérifiez l'orthographe, ou créez le lieu."
          : `${etat.lieux.length} lieu${etat.lieux.length > 1 ? "x" : ""} trouvé${etat.lieux.length > 1 ? "s" : ""}.`
        : etat.etat === "erreur"
          ? etat.message
          : "";

  return (
    <div>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="inscription-recherche-lieu">
          Rechercher un lieu
          <span className="fr-hint-text">
            Nom du lieu, commune ou code postal. Les résultats s'affichent en direct.
          </span>
        </label>
        <input
          className="fr-input"
          id="inscription-recherche-lieu"
          type="search"
          autoComplete="off"
          aria-describedby="inscription-recherche-statut"
          value={texte}
          onChange={(event) => setTexte(event.target.value)}
          onKeyDown={(event) => {
            // The list updates as one types: Enter must not send the whole step.
            if (event.key === "Enter") event.preventDefault();
          }}
        />
      </div>
      <p
        id="inscription-recherche-statut"
        className={`fr-text--sm${etat.etat === "erreur" ? " fr-error-text" : ""}`}
        role="status"
      >
        {statut}
      </p>
      {etat.etat === "resultats" && etat.lieux.length > 0 && (
        <ul className="fr-raw-list" aria-label="Résultats de la recherche">
          {etat.lieux.map((lieu) => {
            const choisi = choisis.some((c) => c.id === lieu.id);
            return (
              <li key={lieu.id} className="fr-py-2w" style={separateur}>
                <p className="fr-text--bold fr-mb-0">{lieu.nom}</p>
                <p className="fr-text--sm fr-mb-1w">
                  {adresseComplete(lieu)}
                  {lieu.siret ? ` · SIRET ${lieu.siret}` : ""}
                </p>
                <button
                  className={`fr-btn fr-btn--sm fr-btn--icon-left ${choisi ? "fr-btn--tertiary fr-icon-close-line" : "fr-btn--secondary fr-icon-add-line"}`}
                  type="button"
                  onClick={() => (choisi ? onRetirer(lieu) : onAjouter(lieu))}
                >
                  {choisi ? "Retirer" : "Ajouter"}
                  <span className="fr-sr-only"> {lieu.nom}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
