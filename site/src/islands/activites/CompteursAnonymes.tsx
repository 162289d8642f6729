import { groupesParticipants } from "@coop/domain";
import { genre, statutSocial, trancheAge } from "@coop/domain/enums";
import {
  type CompteursSaisis,
  type ErreursCra,
  type GroupeCompteurs,
  idCra,
  resteNonCommunique,
} from "../../lib/cra-form.ts";
import { ChampTexte } from "../commun/Champs.tsx";

const groupes: ReadonlyArray<{
  nom: GroupeCompteurs;
  champ: "anonymesGenres" | "anonymesTranches" | "anonymesStatuts";
  legende: string;
  libelle: (valeur: string) => string;
}> = [
  {
    nom: "genres",
    champ: "anonymesGenres",
    legende: "Genre",
    libelle: (v) => (genre.is(v) ? genre.label(v) : v),
  },
  {
    nom: "tranches",
    champ: "anonymesTranches",
    legende: "Tranche d'âge",
    libelle: (v) => (trancheAge.is(v) ? trancheAge.label(v) : v),
  },
  {
    nom: "statuts",
    champ: "anonymesStatuts",
    legende: "Statut",
    libelle: (v) => (statutSocial.is(v) ? statutSocial.label(v) : v),
  },
];

/**
 * The anonymous participants as counters: how many, how many already accompanied, and per group how
 * many of each value. Within a group the known values may not exceed the total; the rest is
 * "non communiqué", computed and shown as one types.
 */
export function CompteursAnonymes({
  compteurs,
  erreurs,
  onChange,
}: {
  compteurs: CompteursSaisis;
  erreurs: ErreursCra;
  onChange: (compteurs: CompteursSaisis) => void;
}) {
  const changer = (changes: Partial<CompteursSaisis>) => onChange({ ...compteurs, ...changes });
  const nombre = (
    id: string,
    label: string,
    valeur: string,
    onValeur: (valeur: string) => void,
    erreur?: string,
  ) => (
    <ChampTexte
      id={id}
      label={label}
      type="number"
      inputMode="numeric"
      min={0}
      max={10_000}
      valeur={valeur}
      onChange={onValeur}
      erreur={erreur}
    />
  );
  const total = Number(compteurs.total) || 0;

  return (
    <>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        <div className="fr-col-12 fr-col-sm-6">
          {nombre(
            idCra("anonymesTotal"),
            "Nombre de participants anonymes",
            compteurs.total,
            (total) => changer({ total }),
            erreurs.anonymesTotal,
          )}
        </div>
        <div className="fr-col-12 fr-col-sm-6">
          {nombre(
            idCra("anonymesDejaAccompagne"),
            "Dont déjà accompagnés",
            compteurs.dejaAccompagne,
            (dejaAccompagne) => changer({ dejaAccompagne }),
            erreurs.anonymesDejaAccompagne,
          )}
        </div>
      </div>
      {total > 0 &&
        groupes.map(({ nom, champ, legende, libelle }) => {
          const reste = resteNonCommunique(compteurs, nom);
          const erreur = erreurs[champ];
          const id = idCra(champ);
          return (
            <fieldset
              key={nom}
              className={`fr-fieldset${erreur ? " fr-fieldset--error" : ""}`}
              id={id}
              aria-labelledby={`${id}-legende${erreur ? ` ${id}-erreur` : ""}`}
            >
              <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-legende`}>
                {legende} des participants anonymes
                <span className="fr-hint-text">Facultatif. Le reste est compté « non communiqué ».</span>
              </legend>
              <div className="fr-fieldset__element">
                <div className="coop-compteurs">
                  {groupesParticipants[nom].keys
                    .filter((cle) => cle !== "nonCommunique")
                    .map((cle) => (
                      <div key={cle}>
                        {nombre(
                          `${id}-${cle}`,
                          libelle((groupesParticipants[nom].valeurs as Record<string, string>)[cle] ?? cle),
                          compteurs[nom][cle] ?? "",
                          (valeur) => changer({ [nom]: { ...compteurs[nom], [cle]: valeur } }),
                        )}
                      </div>
                    ))}
                </div>
                {!erreur && (
                  <p className={`fr-text--sm fr-mb-0${reste < 0 ? " fr-error-text" : ""}`} aria-live="polite">
                    {reste < 0
                      ? `${-reste} de trop par rapport aux ${total} participants anonymes.`
                      : `Non communiqué : ${reste}`}
                  </p>
                )}
              </div>
              {erreur && (
                <div className="fr-messages-group">
                  <p className="fr-error-text" id={`${id}-erreur`}>
                    {erreur}
                  </p>
                </div>
              )}
            </fieldset>
          );
        })}
    </>
  );
}
