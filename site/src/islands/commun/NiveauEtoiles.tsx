import { GroupeRadios } from "./Champs.tsx";

/** 1 to 3 stars before a label, for levels (autonomie, niveau d'atelier); the stars are decoration. */
const rangs = ["premiere", "deuxieme", "troisieme", "quatrieme", "cinquieme"];

const etoiles = (nombre: number, total: number) => (
  <span className="coop-etoiles" aria-hidden="true">
    {rangs.slice(0, total).map((rang, position) => (
      <span
        key={rang}
        className={`fr-icon--sm ${position < nombre ? "fr-icon-star-fill" : "fr-icon-star-line"}`}
      />
    ))}
  </span>
);

/** A level chosen among 3, shown as star-like radios with their labels; the answer may be taken back. */
export function NiveauEtoiles({
  id,
  legende,
  indice,
  erreur,
  options,
  valeur,
  onChange,
}: {
  id: string;
  legende: string;
  indice?: string;
  erreur?: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
  valeur: string;
  onChange: (valeur: string) => void;
}) {
  return (
    <GroupeRadios
      id={id}
      legende={legende}
      indice={indice}
      erreur={erreur}
      options={options.map((option, rang) => ({
        value: option.value,
        // One box for the stars and the text: DSFR lays the label out as a wrapping flex row.
        label: (
          <span>
            {etoiles(rang + 1, options.length)}
            {option.label}
          </span>
        ),
      }))}
      valeur={valeur}
      onChange={onChange}
      effacable
    />
  );
}
