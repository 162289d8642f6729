import { type ReactNode, useEffect, useRef, useState } from "react";
import { type Commune, rechercherCommunes } from "../../lib/beneficiaires-api.ts";
import { Combobox } from "./Combobox.tsx";

export const libelleCommune = (commune: Commune): string => `${commune.nom} (${commune.codePostal})`;

/**
 * A commune picked among the suggestions of `GET /beneficiaires/communes`: a combobox until one is
 * chosen, then the commune with a button to change it.
 */
export function ChampCommune({
  id,
  label,
  indice = "Saisissez au moins 2 caractères du nom ou du code postal, puis choisissez dans la liste.",
  erreur,
  obligatoire,
  commune,
  onChange,
}: {
  id: string;
  label: ReactNode;
  indice?: ReactNode;
  erreur?: string | undefined;
  obligatoire?: boolean;
  commune: Commune | null;
  onChange: (commune: Commune | null) => void;
}) {
  const [changement, setChangement] = useState(false);
  const champ = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (changement && !commune) {
      champ.current?.querySelector<HTMLInputElement>("input")?.focus();
      setChangement(false);
    }
  }, [changement, commune]);

  if (commune)
    return (
      <div className="fr-input-group" id={id}>
        <p className="fr-label fr-mb-1w" id={`${id}-label`}>
          {label}
        </p>
        <div className="coop-choix">
          <span className="fr-text--bold">{libelleCommune(commune)}</span>
          <button
            className="fr-btn fr-btn--tertiary fr-btn--sm fr-btn--icon-left fr-icon-edit-line"
            type="button"
            onClick={() => {
              setChangement(true);
              onChange(null);
            }}
          >
            Changer<span className="fr-sr-only"> la commune {libelleCommune(commune)}</span>
          </button>
        </div>
        {erreur && <p className="fr-error-text">{erreur}</p>}
      </div>
    );

  return (
    <div ref={champ}>
      <Combobox<Commune>
        id={id}
        label={label}
        indice={indice}
        erreur={erreur}
        obligatoire={obligatoire}
        chercher={rechercherCommunes}
        cle={(c) => `${c.codeInsee}-${c.codePostal}`}
        rendu={(c) => ({
          titre: libelleCommune(c),
          detail: c.departement ? `Département ${c.departement}` : undefined,
        })}
        onChoisir={onChange}
        aucunResultat="Aucune commune ne correspond. Vérifiez l'orthographe ou le code postal."
        nature="commune"
      />
    </div>
  );
}
