import { useEffect, useState } from "react";
import { ApiError } from "../../lib/api.ts";
import {
  type BeneficiaireResume,
  listerBeneficiaires,
  nomBeneficiaire,
  type PageBeneficiaires,
  supprimerBeneficiaires,
} from "../../lib/beneficiaires-api.ts";
import {
  adresseBeneficiaires,
  adresseMesBeneficiaires,
  beneficiairesParPage,
  type FiltresBeneficiaires,
  lireFiltresBeneficiaires,
} from "../../lib/beneficiaires-liste.ts";
import { pluriel } from "../../lib/format.ts";
import { useSessionProtegee } from "../../lib/useSession.ts";
import { AlerteErreur, EtatPage } from "../commun/EtatPage.tsx";
import { fermerModale, Modale, ouvre } from "../commun/Modale.tsx";
import { Pagination } from "../commun/Pagination.tsx";
import { lireSucces, Succes } from "../commun/Succes.tsx";
import { TableBeneficiaires } from "./TableBeneficiaires.tsx";

const idModaleSuppression = "modale-suppression-beneficiaires";

const messagesSucces = {
  supprime: "Le bénéficiaire est supprimé. Ses accompagnements restent comptés, sans son identité.",
  importes: (parametres: URLSearchParams) => {
    const nombre = Number(parametres.get("nombre") ?? 0);
    return `${pluriel(nombre, "bénéficiaire importé", "bénéficiaires importés")}.`;
  },
};

/** "Mes bénéficiaires": search, sort, pages, and the deletion of several at once. */
export default function MesBeneficiaires() {
  const session = useSessionProtegee({ inscriptionValidee: true });
  if (session.etat !== "connecte") return <EtatPage etat={session} />;
  return <Liste />;
}

function Liste() {
  const [filtres] = useState<FiltresBeneficiaires>(() => lireFiltresBeneficiaires(window.location.search));
  const [page, setPage] = useState<PageBeneficiaires | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [essai, setEssai] = useState(0);
  const [selection, setSelection] = useState<BeneficiaireResume[]>([]);
  const [succes, setSucces] = useState<string | null>(() => lireSucces(messagesSucces, ["nombre"]));
  const [envoi, setEnvoi] = useState(false);
  const [erreurSuppression, setErreurSuppression] = useState<string | null>(null);

  useEffect(() => {
    void essai;
    setErreur(null);
    listerBeneficiaires({
      recherche: filtres.recherche.trim() || undefined,
      tri: filtres.tri,
      ordre: filtres.ordre,
      page: filtres.page,
      lignes: beneficiairesParPage,
    }).then(setPage, (error: unknown) =>
      setErreur(error instanceof ApiError ? error.message : "La liste n'a pas pu être chargée."),
    );
  }, [filtres, essai]);

  const lignes = page?.beneficiaires ?? [];
  const choisi = (b: BeneficiaireResume) => selection.some((s) => s.id === b.id);
  const basculer = (b: BeneficiaireResume, coche: boolean) =>
    setSelection((actuelle) => (coche ? [...actuelle, b] : actuelle.filter((s) => s.id !== b.id)));

  const supprimer = async () => {
    setEnvoi(true);
    setErreurSuppression(null);
    try {
      await supprimerBeneficiaires(selection.map((b) => b.id));
      fermerModale(idModaleSuppression);
      setSucces(
        `${pluriel(selection.length, "bénéficiaire supprimé", "bénéficiaires supprimés")}. Leurs accompagnements restent comptés, sans leur identité.`,
      );
      setSelection([]);
      setEssai((n) => n + 1);
    } catch (error) {
      setErreurSuppression(
        error instanceof ApiError ? error.message : "La suppression n'a pas abouti. Réessayez.",
      );
    } finally {
      setEnvoi(false);
    }
  };

  const pages = page ? Math.max(1, Math.ceil(page.total / beneficiairesParPage)) : 1;

  return (
    <>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-2w">
        <li>
          <a className="fr-btn fr-icon-user-add-line" href={`${adresseMesBeneficiaires}/nouveau`}>
            Créer un bénéficiaire
          </a>
        </li>
        <li>
          <a
            className="fr-btn fr-btn--secondary fr-icon-upload-line"
            href={`${adresseMesBeneficiaires}/importer`}
          >
            Importer des bénéficiaires
          </a>
        </li>
        <li>
          <a
            className="fr-btn fr-btn--tertiary fr-icon-git-merge-line"
            href={`${adresseMesBeneficiaires}/doublons`}
          >
            Doublons potentiels
          </a>
        </li>
      </ul>
      <Succes message={succes} />

      <form
        method="get"
        action={adresseMesBeneficiaires}
        aria-label="Rechercher un bénéficiaire"
        className="fr-mb-3w"
      >
        {filtres.tri !== "nom" && <input type="hidden" name="tri" value={filtres.tri} />}
        {filtres.ordre !== "asc" && <input type="hidden" name="ordre" value={filtres.ordre} />}
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-8">
            <div className="fr-input-group fr-mb-0">
              <label className="fr-label" htmlFor="recherche-beneficiaire">
                Rechercher
                <span className="fr-hint-text">Nom, prénom, commune, code postal ou adresse e-mail</span>
              </label>
              <input
                className="fr-input"
                id="recherche-beneficiaire"
                name="recherche"
                type="search"
                maxLength={200}
                defaultValue={filtres.recherche}
              />
            </div>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <button className="fr-btn fr-btn--icon-left fr-icon-search-line" type="submit">
              Rechercher
            </button>
          </div>
        </div>
        {filtres.recherche && (
          <p className="fr-mt-2w fr-mb-0">
            <a className="fr-link fr-icon-close-line fr-link--icon-left" href={adresseMesBeneficiaires}>
              Effacer la recherche
            </a>
          </p>
        )}
      </form>

      {erreur && <AlerteErreur message={erreur} reessayer={() => setEssai((n) => n + 1)} />}
      <div
        className="fr-grid-row fr-grid-row--middle fr-mb-2w"
        style={{ gap: "1rem", justifyContent: "space-between" }}
      >
        <p role="status" className="fr-text--bold fr-mb-0">
          {page
            ? page.total === 0
              ? filtres.recherche
                ? "Aucun bénéficiaire ne correspond à cette recherche."
                : "Vous n'avez encore aucun bénéficiaire."
              : `${pluriel(page.total, "bénéficiaire")}${pages > 1 ? `, page ${filtres.page} sur ${pages}` : ""}`
            : erreur
              ? ""
              : "Chargement des bénéficiaires…"}
        </p>
        {lignes.length > 0 && (
          <button
            className="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-delete-line"
            type="button"
            disabled={selection.length === 0}
            {...ouvre(idModaleSuppression)}
            onClick={() => setErreurSuppression(null)}
          >
            Supprimer la sélection ({selection.length})
          </button>
        )}
      </div>

      {lignes.length > 0 && (
        <TableBeneficiaires
          lignes={lignes}
          filtres={filtres}
          choisi={choisi}
          onBasculer={basculer}
          onTous={(coche) =>
            setSelection((actuelle) =>
              coche
                ? [...actuelle, ...lignes.filter((b) => !actuelle.some((s) => s.id === b.id))]
                : actuelle.filter((s) => !lignes.some((b) => b.id === s.id)),
            )
          }
        />
      )}
      <Pagination
        courante={filtres.page}
        total={pages}
        lien={(numero) => adresseBeneficiaires(filtres, { page: numero })}
      />

      <Modale
        id={idModaleSuppression}
        titre={
          selection.length > 1
            ? `Supprimer ${selection.length} bénéficiaires ?`
            : "Supprimer ce bénéficiaire ?"
        }
        onFermee={() => setErreurSuppression(null)}
        actions={
          <>
            <li>
              <button
                className="fr-btn"
                type="button"
                onClick={supprimer}
                disabled={envoi || selection.length === 0}
              >
                Supprimer
              </button>
            </li>
            <li>
              <button className="fr-btn fr-btn--secondary" type="button" aria-controls={idModaleSuppression}>
                Annuler
              </button>
            </li>
          </>
        }
      >
        <p>
          Leur identité et leurs coordonnées seront effacées. Leurs accompagnements restent comptés dans vos
          statistiques, sans nom. Cette action est définitive.
        </p>
        <ul>
          {selection.map((b) => (
            <li key={b.id}>{nomBeneficiaire(b)}</li>
          ))}
        </ul>
        {erreurSuppression && (
          <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
            <p>{erreurSuppression}</p>
          </div>
        )}
      </Modale>
    </>
  );
}
