import { useEffect, useState } from "react";
import {
  type Activite,
  type LigneActivite,
  lireActivite,
  lireTags,
  listerActivites,
  type PageActivites,
  supprimerActivite,
  type Tag,
} from "../../lib/activites-api.ts";
import {
  adresseActivites,
  adresseCra,
  designationActivite,
  type FiltresActivites as Filtres,
  filtresActifs,
  lignesParPage,
  lireFiltresActivites,
  requeteActivites,
} from "../../lib/activites-liste.ts";
import { ApiError } from "../../lib/api.ts";
import { formaterJour, pluriel } from "../../lib/format.ts";
import type { Structure } from "../../lib/inscription.ts";
import { lireMesLieux } from "../../lib/structures-api.ts";
import { useSessionProtegee } from "../../lib/useSession.ts";
import { AlerteErreur, EtatPage } from "../commun/EtatPage.tsx";
import { fermerModale, Modale, ouvrirModale } from "../commun/Modale.tsx";
import { Pagination } from "../commun/Pagination.tsx";
import { lireSucces, Succes } from "../commun/Succes.tsx";
import { DetailActivite } from "./DetailActivite.tsx";
import { FiltresActivites } from "./FiltresActivites.tsx";
import { idModaleDetail, idModaleSuppression, TableActivites } from "./TableActivites.tsx";

const messagesSucces = {
  enregistree: "L'activité est enregistrée.",
  modifiee: "Les modifications de l'activité sont enregistrées.",
};

/** "Mes activités": the médiateur's activités, filtered, sorted and paged by the page address. */
export default function MesActivites() {
  const session = useSessionProtegee({ inscriptionValidee: true });
  if (session.etat !== "connecte") return <EtatPage etat={session} />;
  return <Liste />;
}

type Detail =
  | { etat: "chargement" }
  | { etat: "pret"; activite: Activite }
  | { etat: "erreur"; message: string };

function Liste() {
  const [filtres] = useState<Filtres>(() => lireFiltresActivites(window.location.search));
  const [page, setPage] = useState<PageActivites | null>(null);
  const [lieux, setLieux] = useState<Structure[]>([]);
  const [tags, setTags] = useState<Tag[]>([]);
  const [erreur, setErreur] = useState<string | null>(null);
  const [essai, setEssai] = useState(0);
  const [succes, setSucces] = useState<string | null>(() => lireSucces(messagesSucces));
  const [choisie, setChoisie] = useState<LigneActivite | null>(null);
  const [detail, setDetail] = useState<Detail>({ etat: "chargement" });
  const [envoi, setEnvoi] = useState(false);
  const [erreurSuppression, setErreurSuppression] = useState<string | null>(null);

  useEffect(() => {
    lireMesLieux().then(setLieux, () => setLieux([]));
    lireTags().then(setTags, () => setTags([]));
  }, []);

  useEffect(() => {
    void essai;
    setErreur(null);
    listerActivites(requeteActivites(filtres)).then(setPage, (error: unknown) =>
      setErreur(error instanceof ApiError ? error.message : "La liste n'a pas pu être chargée."),
    );
  }, [filtres, essai]);

  const voir = (ligne: LigneActivite) => {
    setChoisie(ligne);
    setDetail({ etat: "chargement" });
    lireActivite(ligne.id).then(
      (activite) => setDetail({ etat: "pret", activite }),
      (error: unknown) =>
        setDetail({
          etat: "erreur",
          message: error instanceof ApiError ? error.message : "L'activité n'a pas pu être chargée.",
        }),
    );
  };

  const supprimer = async () => {
    if (!choisie) return;
    setEnvoi(true);
    setErreurSuppression(null);
    try {
      await supprimerActivite(choisie.id);
      fermerModale(idModaleSuppression);
      setSucces(`L'activité du ${formaterJour(choisie.date)} est supprimée.`);
      setEssai((n) => n + 1);
    } catch (error) {
      setErreurSuppression(
        error instanceof ApiError ? error.message : "La suppression n'a pas abouti. Réessayez.",
      );
    } finally {
      setEnvoi(false);
    }
  };

  const pages = page ? Math.max(1, Math.ceil(page.total / lignesParPage)) : 1;

  return (
    <>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-2w">
        <li>
          <a className="fr-btn fr-icon-user-line" href={adresseCra("individuel")}>
            Nouvel accompagnement individuel
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-team-line" href={adresseCra("collectif")}>
            Nouvel atelier collectif
          </a>
        </li>
      </ul>
      <Succes message={succes} />
      {/* Remounted once the lieux and tags arrive, so that the address's choices find their options. */}
      <FiltresActivites key={`${lieux.length}-${tags.length}`} filtres={filtres} lieux={lieux} tags={tags} />
      {erreur && <AlerteErreur message={erreur} reessayer={() => setEssai((n) => n + 1)} />}
      <p role="status" className="fr-text--bold">
        {page
          ? page.total === 0
            ? filtresActifs(filtres)
              ? "Aucune activité ne correspond à ces critères."
              : "Vous n'avez encore enregistré aucune activité."
            : `${pluriel(page.total, "activité")}${pages > 1 ? `, page ${filtres.page} sur ${pages}` : ""}`
          : erreur
            ? ""
            : "Chargement des activités…"}
      </p>
      {page && page.activites.length > 0 && (
        <TableActivites
          activites={page.activites}
          filtres={filtres}
          onVoir={voir}
          onSupprimer={(ligne) => {
            setErreurSuppression(null);
            setChoisie(ligne);
          }}
        />
      )}
      <Pagination
        courante={filtres.page}
        total={pages}
        lien={(numero) => adresseActivites(filtres, { page: numero })}
      />

      <Modale
        id={idModaleDetail}
        titre="Détail de l'activité"
        actions={
          choisie && (
            <>
              <li>
                <a
                  className="fr-btn fr-btn--icon-left fr-icon-edit-line"
                  href={adresseCra(choisie.type, `id=${choisie.id}`)}
                >
                  Modifier
                </a>
              </li>
              <li>
                <a
                  className="fr-btn fr-btn--secondary"
                  href={adresseCra(choisie.type, `dupliquer=${choisie.id}`)}
                >
                  Dupliquer
                </a>
              </li>
              <li>
                <button
                  className="fr-btn fr-btn--tertiary"
                  type="button"
                  onClick={() => {
                    setErreurSuppression(null);
                    fermerModale(idModaleDetail);
                    ouvrirModale(idModaleSuppression);
                  }}
                >
                  Supprimer
                </button>
              </li>
            </>
          )
        }
      >
        {detail.etat === "chargement" ? (
          <p role="status">Chargement…</p>
        ) : detail.etat === "erreur" ? (
          <AlerteErreur message={detail.message} />
        ) : (
          <DetailActivite activite={detail.activite} />
        )}
      </Modale>

      <Modale
        id={idModaleSuppression}
        titre="Supprimer cette activité ?"
        onFermee={() => setErreurSuppression(null)}
        actions={
          <>
            <li>
              <button className="fr-btn" type="button" onClick={supprimer} disabled={envoi || !choisie}>
                Supprimer l'activité
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
        {choisie && (
          <p>
            {designationActivite(choisie).replace(/^l'/, "L'")} sera supprimé, et les statistiques ne le
            compteront plus. Cette action est définitive.
          </p>
        )}
        {erreurSuppression && (
          <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
            <p>{erreurSuppression}</p>
          </div>
        )}
      </Modale>
    </>
  );
}
