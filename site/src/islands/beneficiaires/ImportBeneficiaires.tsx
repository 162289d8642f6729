import { type FormEvent, useRef, useState } from "react";
import { ApiError } from "../../lib/api.ts";
import {
  adresseModeleImport,
  analyserImport,
  ImportRefuse,
  importerBeneficiaires,
  type RapportImport,
} from "../../lib/beneficiaires-api.ts";
import { adresseMesBeneficiaires } from "../../lib/beneficiaires-liste.ts";
import { pluriel } from "../../lib/format.ts";
import { useSessionProtegee } from "../../lib/useSession.ts";
import { EtatPage } from "../commun/EtatPage.tsx";
import { Tableau } from "../commun/Tableau.tsx";

/** The template's columns, in its order; other keys the analysis sends are shown after them. */
const colonnes: ReadonlyArray<[string, string]> = [
  ["nom", "Nom"],
  ["prenom", "Prénom"],
  ["anneeNaissance", "Année de naissance"],
  ["commune", "Commune"],
  ["codeInsee", "Code INSEE"],
  ["codePostal", "Code postal"],
  ["telephone", "Téléphone"],
  ["email", "E-mail"],
  ["genre", "Genre"],
  ["notes", "Notes"],
];

const tailleMax = 5 * 1024 * 1024;

/** `/coop/mes-beneficiaires/importer`: template, file, row-by-row analysis, then the import itself. */
export default function ImportBeneficiaires() {
  const session = useSessionProtegee({ inscriptionValidee: true });
  if (session.etat !== "connecte") return <EtatPage etat={session} />;
  return <Import />;
}

function Import() {
  const [fichier, setFichier] = useState<File | null>(null);
  const [erreurFichier, setErreurFichier] = useState<string | null>(null);
  const [rapport, setRapport] = useState<RapportImport | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [envoi, setEnvoi] = useState<"analyse" | "import" | null>(null);
  const titreRapport = useRef<HTMLHeadingElement>(null);
  const champ = useRef<HTMLInputElement>(null);

  const montrerRapport = (lu: RapportImport) => {
    setRapport(lu);
    requestAnimationFrame(() => titreRapport.current?.focus());
  };

  const analyser = async (event: FormEvent) => {
    event.preventDefault();
    setErreur(null);
    setRapport(null);
    if (!fichier) {
      setErreurFichier("Choisissez le fichier à importer.");
      champ.current?.focus();
      return;
    }
    if (!/\.xlsx$/i.test(fichier.name)) {
      setErreurFichier("Le fichier doit être au format xlsx, comme le modèle.");
      champ.current?.focus();
      return;
    }
    if (fichier.size > tailleMax) {
      setErreurFichier("Le fichier ne doit pas dépasser 5 Mo.");
      champ.current?.focus();
      return;
    }
    setErreurFichier(null);
    setEnvoi("analyse");
    try {
      montrerRapport(await analyserImport(fichier));
    } catch (error) {
      setErreur(
        error instanceof ApiError ? error.message : "L'analyse du fichier n'a pas abouti. Réessayez.",
      );
    } finally {
      setEnvoi(null);
    }
  };

  const importer = async () => {
    if (!fichier) return;
    setErreur(null);
    setEnvoi("import");
    try {
      const { crees } = await importerBeneficiaires(fichier);
      window.location.assign(`${adresseMesBeneficiaires}?succes=importes&nombre=${crees}`);
    } catch (error) {
      if (error instanceof ImportRefuse) {
        setErreur(error.message);
        montrerRapport(error.rapport);
      } else setErreur(error instanceof ApiError ? error.message : "L'import n'a pas abouti. Réessayez.");
      setEnvoi(null);
    }
  };

  const cles = rapport
    ? [
        ...colonnes,
        ...[...new Set(rapport.lignes.flatMap((ligne) => Object.keys(ligne.valeurs)))]
          .filter((cle) => !colonnes.some(([connue]) => connue === cle))
          .map((cle): [string, string] => [cle, cle]),
      ].filter(([cle]) => rapport.lignes.some((ligne) => cle in ligne.valeurs || cle in ligne.erreurs))
    : [];
  const importable = rapport !== null && rapport.invalides === 0 && rapport.valides > 0;

  return (
    <>
      <h2 className="fr-h4">1. Téléchargez le modèle</h2>
      <p>
        Remplissez une ligne par bénéficiaire dans la feuille « Bénéficiaires », à partir de la ligne 4. Le
        nom et le prénom sont obligatoires ; les autres colonnes sont facultatives.
      </p>
      <p className="fr-mb-6w">
        <a className="fr-link fr-link--download" href={adresseModeleImport} download>
          Télécharger le modèle d'import <span className="fr-link__detail">XLSX</span>
        </a>
      </p>

      <h2 className="fr-h4">2. Envoyez votre fichier</h2>
      <form onSubmit={analyser} noValidate aria-label="Analyser le fichier d'import" className="fr-mb-6w">
        <div className={`fr-upload-group${erreurFichier ? " fr-upload-group--error" : ""}`}>
          <label className="fr-label" htmlFor="import-fichier">
            Fichier à importer
            <span className="fr-hint-text">
              Format xlsx, 5 Mo au plus. Le fichier est d'abord analysé : rien n'est enregistré.
            </span>
          </label>
          <input
            ref={champ}
            className="fr-upload"
            type="file"
            id="import-fichier"
            name="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={erreurFichier ? true : undefined}
            aria-describedby={erreurFichier ? "import-fichier-erreur" : undefined}
            onChange={(event) => {
              setFichier(event.target.files?.[0] ?? null);
              setErreurFichier(null);
              setRapport(null);
              setErreur(null);
            }}
          />
          {erreurFichier && (
            <p className="fr-error-text" id="import-fichier-erreur">
              {erreurFichier}
            </p>
          )}
        </div>
        <button
          className="fr-btn fr-mt-3w fr-btn--icon-left fr-icon-search-line"
          type="submit"
          disabled={envoi !== null}
        >
          {envoi === "analyse" ? "Analyse en cours…" : "Analyser le fichier"}
        </button>
      </form>

      {erreur && (
        <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <h2 className="fr-alert__title">L'import n'a pas abouti</h2>
          <p>{erreur}</p>
        </div>
      )}

      {rapport && (
        <section aria-labelledby="import-rapport">
          <h2 className="fr-h4" id="import-rapport" ref={titreRapport} tabIndex={-1}>
            3. Vérifiez l'analyse
          </h2>
          {rapport.invalides > 0 ? (
            <div className="fr-alert fr-alert--warning fr-mb-3w">
              <h3 className="fr-alert__title">
                {pluriel(rapport.invalides, "ligne à corriger", "lignes à corriger")}
              </h3>
              <p>
                {pluriel(rapport.valides, "ligne valide", "lignes valides")}. Corrigez les erreurs signalées
                dans votre fichier, puis analysez-le de nouveau : l'import n'est possible que sans erreur.
              </p>
            </div>
          ) : rapport.valides === 0 ? (
            <div className="fr-alert fr-alert--info fr-mb-3w">
              <p>Le fichier ne contient aucun bénéficiaire : remplissez le modèle à partir de la ligne 4.</p>
            </div>
          ) : (
            <div className="fr-alert fr-alert--success fr-mb-3w">
              <p>
                {pluriel(rapport.valides, "ligne valide", "lignes valides")}, aucune erreur :{" "}
                {pluriel(rapport.valides, "bénéficiaire sera créé", "bénéficiaires seront créés")}.
              </p>
            </div>
          )}
          {rapport.lignes.length > 0 && (
            <Tableau legende="Analyse du fichier, ligne par ligne" defilable>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">État</th>
                  <th scope="col">Erreurs</th>
                  {cles.map(([cle, titre]) => (
                    <th scope="col" key={cle}>
                      {titre}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rapport.lignes.map((ligne) => {
                  const erreurs = Object.entries(ligne.erreurs);
                  const libelleColonne = (cle: string) => cles.find(([c]) => c === cle)?.[1] ?? cle;
                  return (
                    <tr key={ligne.numero}>
                      <th scope="row">{ligne.numero}</th>
                      <td>
                        {erreurs.length > 0 ? (
                          <p className="fr-badge fr-badge--sm fr-badge--error">Erreur</p>
                        ) : (
                          <p className="fr-badge fr-badge--sm fr-badge--success">Valide</p>
                        )}
                      </td>
                      <td className="coop-cellule-large coop-cellule-erreurs">
                        {erreurs.length === 0 ? (
                          "Aucune"
                        ) : (
                          <ul className="fr-raw-list">
                            {erreurs.map(([cle, message]) => (
                              <li key={cle} className="fr-error-text fr-mt-0">
                                {libelleColonne(cle)} : {message}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      {cles.map(([cle]) => (
                        <td key={cle} className={cle in ligne.erreurs ? "fr-text--bold" : undefined}>
                          {ligne.valeurs[cle] ?? ""}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </Tableau>
          )}
          {importable && (
            <button
              className="fr-btn fr-mt-3w fr-btn--icon-left fr-icon-upload-line"
              type="button"
              onClick={importer}
              disabled={envoi !== null}
            >
              {envoi === "import" ? "Import en cours…" : "Valider l'import"}
            </button>
          )}
        </section>
      )}
    </>
  );
}
