import type { InputHTMLAttributes, ReactNode } from "react";

/**
 * DSFR form fields whose error message is tied to the field (`aria-describedby`) and shown under it.
 * Each field's id is also the anchor the error summary links to.
 */
type Commun = {
  id: string;
  label: ReactNode;
  indice?: ReactNode;
  erreur?: string | undefined;
  obligatoire?: boolean;
};

const idErreur = (id: string) => `${id}-erreur`;
const idIndice = (id: string) => `${id}-indice`;

const decrit = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

function Libelle({ id, label, indice, obligatoire }: Omit<Commun, "erreur">) {
  return (
    <label className="fr-label" htmlFor={id}>
      {label}
      {obligatoire && <span aria-hidden="true"> *</span>}
      {indice && (
        <span className="fr-hint-text" id={idIndice(id)}>
          {indice}
        </span>
      )}
    </label>
  );
}

type ChampTexteProps = Commun & {
  valeur: string;
  onChange: (valeur: string) => void;
  type?: "text" | "email" | "tel" | "url" | "date" | "search" | "number";
  multiligne?: boolean;
  enLectureSeule?: boolean;
} & Pick<
    InputHTMLAttributes<HTMLInputElement>,
    "autoComplete" | "inputMode" | "maxLength" | "spellCheck" | "min" | "max" | "placeholder"
  >;

export function ChampTexte({
  id,
  label,
  indice,
  erreur,
  obligatoire,
  valeur,
  onChange,
  type = "text",
  multiligne,
  enLectureSeule,
  ...attributs
}: ChampTexteProps) {
  const commun = {
    id,
    name: id,
    value: valeur,
    required: obligatoire,
    readOnly: enLectureSeule,
    "aria-invalid": erreur ? true : undefined,
    // The hint is part of the label already; only the error needs describing.
    "aria-describedby": decrit(erreur && idErreur(id)),
  } as const;
  return (
    <div className={`fr-input-group${erreur ? " fr-input-group--error" : ""}`}>
      <Libelle id={id} label={label} indice={indice} obligatoire={obligatoire} />
      {multiligne ? (
        <textarea
          {...commun}
          className={`fr-input${erreur ? " fr-input--error" : ""}`}
          rows={4}
          maxLength={attributs.maxLength}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...commun}
          {...attributs}
          className={`fr-input${erreur ? " fr-input--error" : ""}`}
          type={type}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {erreur && (
        <p className="fr-error-text" id={idErreur(id)}>
          {erreur}
        </p>
      )}
    </div>
  );
}

type ChampSelectProps = Commun & {
  valeur: string;
  onChange: (valeur: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** Text of the empty first option. */
  invite?: string;
};

export function ChampSelect({
  id,
  label,
  indice,
  erreur,
  obligatoire,
  valeur,
  onChange,
  options,
  invite = "Sélectionnez une option",
}: ChampSelectProps) {
  return (
    <div className={`fr-select-group${erreur ? " fr-select-group--error" : ""}`}>
      <Libelle id={id} label={label} indice={indice} obligatoire={obligatoire} />
      <select
        className={`fr-select${erreur ? " fr-select--error" : ""}`}
        id={id}
        name={id}
        value={valeur}
        required={obligatoire}
        aria-invalid={erreur ? true : undefined}
        aria-describedby={decrit(erreur && idErreur(id))}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{invite}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {erreur && (
        <p className="fr-error-text" id={idErreur(id)}>
          {erreur}
        </p>
      )}
    </div>
  );
}

type Option = { value: string; label: ReactNode; indice?: string };

type GroupeProps = Omit<Commun, "label"> & {
  legende: ReactNode;
  options: ReadonlyArray<Option>;
  /** Options side by side from the md breakpoint. */
  enLigne?: boolean;
  /** Long lists in two columns from the md breakpoint. */
  colonnes?: boolean;
  /** Shown but not changeable (a value derived from another field). */
  desactive?: boolean;
};

const classeElement = (enLigne?: boolean) =>
  enLigne ? "fr-fieldset__element fr-fieldset__element--inline" : "fr-fieldset__element";

function Groupe({
  id,
  legende,
  indice,
  erreur,
  obligatoire,
  children,
  colonnes,
  desactive,
}: Omit<GroupeProps, "options" | "enLigne"> & { children: ReactNode }) {
  return (
    <fieldset
      className={`fr-fieldset${erreur ? " fr-fieldset--error" : ""}${colonnes ? " coop-colonnes" : ""}`}
      disabled={desactive}
      id={id}
      aria-labelledby={decrit(`${id}-legende`, erreur && idErreur(id))}
    >
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-legende`}>
        {legende}
        {obligatoire && <span aria-hidden="true"> *</span>}
        {indice && <span className="fr-hint-text">{indice}</span>}
      </legend>
      {children}
      {erreur && (
        <div className="fr-messages-group">
          <p className="fr-error-text" id={idErreur(id)}>
            {erreur}
          </p>
        </div>
      )}
    </fieldset>
  );
}

/** A DSFR checkbox group: several values may be chosen. */
export function GroupeCases({
  valeurs,
  onChange,
  ...groupe
}: GroupeProps & { valeurs: readonly string[]; onChange: (valeurs: string[]) => void }) {
  const basculer = (value: string, cochee: boolean) =>
    onChange(cochee ? [...valeurs, value] : valeurs.filter((valeur) => valeur !== value));
  return (
    <Groupe {...groupe}>
      {groupe.options.map((option, rang) => (
        <div className={classeElement(groupe.enLigne)} key={option.value}>
          <div className="fr-checkbox-group">
            <input
              type="checkbox"
              id={`${groupe.id}-${rang}`}
              name={groupe.id}
              value={option.value}
              checked={valeurs.includes(option.value)}
              onChange={(event) => basculer(option.value, event.target.checked)}
            />
            <label className="fr-label" htmlFor={`${groupe.id}-${rang}`}>
              {option.label}
              {option.indice && <span className="fr-hint-text">{option.indice}</span>}
            </label>
          </div>
        </div>
      ))}
    </Groupe>
  );
}

/** A DSFR radio group: one value. `effacable`: an optional answer can be taken back. */
export function GroupeRadios({
  valeur,
  onChange,
  effacable,
  ...groupe
}: GroupeProps & { valeur: string; onChange: (valeur: string) => void; effacable?: boolean }) {
  return (
    <Groupe {...groupe}>
      {groupe.options.map((option, rang) => (
        <div className={classeElement(groupe.enLigne)} key={option.value}>
          <div className="fr-radio-group">
            <input
              type="radio"
              id={`${groupe.id}-${rang}`}
              name={groupe.id}
              value={option.value}
              checked={valeur === option.value}
              required={groupe.obligatoire}
              onChange={() => onChange(option.value)}
            />
            <label className="fr-label" htmlFor={`${groupe.id}-${rang}`}>
              {option.label}
              {option.indice && <span className="fr-hint-text">{option.indice}</span>}
            </label>
          </div>
        </div>
      ))}
      {effacable && valeur && !groupe.desactive && (
        <div className="fr-fieldset__element">
          <button
            className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-btn--icon-left fr-icon-close-line"
            type="button"
            onClick={() => onChange("")}
          >
            Effacer la réponse<span className="fr-sr-only"> : {groupe.legende}</span>
          </button>
        </div>
      )}
    </Groupe>
  );
}

/** A single checkbox (consent, yes/no), with its own error. */
export function CaseACocher({
  id,
  label,
  indice,
  erreur,
  obligatoire,
  coche,
  onChange,
}: Commun & { coche: boolean; onChange: (coche: boolean) => void }) {
  return (
    <div className={`fr-checkbox-group${erreur ? " fr-checkbox-group--error" : ""}`}>
      <input
        type="checkbox"
        id={id}
        name={id}
        checked={coche}
        required={obligatoire}
        aria-invalid={erreur ? true : undefined}
        aria-describedby={decrit(erreur && idErreur(id))}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="fr-label" htmlFor={id}>
        {/* One box for the text and its asterisk: DSFR lays the label out as a wrapping flex row. */}
        <span>
          {label}
          {obligatoire && <span aria-hidden="true"> *</span>}
        </span>
        {indice && <span className="fr-hint-text">{indice}</span>}
      </label>
      {erreur && (
        <div className="fr-messages-group">
          <p className="fr-error-text" id={idErreur(id)}>
            {erreur}
          </p>
        </div>
      )}
    </div>
  );
}
