import { optionsDuree } from "@coop/domain";
import { ChampTexte, GroupeRadios } from "../commun/Champs.tsx";

/**
 * The duration: the standard options and the médiateur's frequent ones as radios, or "Personnaliser"
 * with hours and minutes.
 */
export function ChampDuree({
  id,
  frequentes,
  duree,
  heures,
  minutes,
  erreur,
  onChange,
}: {
  id: string;
  frequentes: readonly number[];
  duree: string;
  heures: string;
  minutes: string;
  erreur?: string | undefined;
  onChange: (changes: { duree?: string; heures?: string; minutes?: string }) => void;
}) {
  const options = [
    ...optionsDuree(frequentes).map((option) => ({ value: String(option.value), label: option.label })),
    { value: "personnaliser", label: "Personnaliser" },
  ];
  return (
    <>
      <GroupeRadios
        id={id}
        legende="Durée"
        obligatoire
        options={options}
        valeur={duree}
        onChange={(valeur) => onChange({ duree: valeur })}
        erreur={duree === "personnaliser" ? undefined : erreur}
        enLigne
      />
      {duree === "personnaliser" && (
        <fieldset
          className={`fr-fieldset${erreur ? " fr-fieldset--error" : ""}`}
          id={`${id}-personnalisee`}
          aria-labelledby={`${id}-personnalisee-legende${erreur ? ` ${id}-personnalisee-erreur` : ""}`}
        >
          <legend
            className="fr-fieldset__legend fr-fieldset__legend--regular"
            id={`${id}-personnalisee-legende`}
          >
            Durée personnalisée
            <span className="fr-hint-text">Heures (0 à 23) et minutes (0 à 59).</span>
          </legend>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <ChampTexte
              id={`${id}-heures`}
              label="Heures"
              type="number"
              inputMode="numeric"
              min={0}
              max={23}
              valeur={heures}
              onChange={(valeur) => onChange({ heures: valeur })}
            />
          </div>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <ChampTexte
              id={`${id}-minutes`}
              label="Minutes"
              type="number"
              inputMode="numeric"
              min={0}
              max={59}
              valeur={minutes}
              onChange={(valeur) => onChange({ minutes: valeur })}
            />
          </div>
          {erreur && (
            <div className="fr-messages-group">
              <p className="fr-error-text" id={`${id}-personnalisee-erreur`}>
                {erreur}
              </p>
            </div>
          )}
        </fieldset>
      )}
    </>
  );
}
