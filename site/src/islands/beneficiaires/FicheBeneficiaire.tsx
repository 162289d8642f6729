import { genre, statutSocial, trancheAge } from "@coop/domain/enums";
import { type ReactNode, useEffect, useState } from "react";
import { adresseCra } from "../../lib/activites-liste.ts";
import { ApiError } from "../../lib/api.ts";
import {
  type Beneficiaire,
  communeDe,
  lireBeneficiaire,
  nomBeneficiaire,
  supprimerBeneficiaire,
} from "../../lib/beneficiaires-api.ts";
import { adresseMesBeneficiaires, adresseModifier } from "../../lib/beneficiaires-liste.ts";
import { formaterDate, pluriel } from "../../lib/format.ts";
import { htmlVersTexte } from "../../lib/notes.ts";
import { useSessionProtegee } from "../../lib/useSession.ts";
import { AlerteErreur, EtatPage } from "../commun/EtatPage.tsx";
import { Modale, ouvre } from "../commun/Modale.tsx";
import { Onglets } from "../commun/Onglets.tsx";
import { lireSucces, Succes } from "../commun/Succes.tsx";
import { AccompagnementsBeneficiaire } from "./AccompagnementsBeneficiaire.tsx";

const idModaleSuppression = "modale-suppression-beneficiaire";

const messagesSucces = {
  cree: "Le bénéficiaire est créé.",
  modifie: "Les modifications du bénéficiaire sont enregistrées.",
};

const libelle = <V extends string>(
  enumeration: { is: (v: unknown) => v is V; label: (v: V) => string },
  valeur: string | null | undefined,
) => (valeur && enumeration.is(valeur) ? enumeration.label(valeur) : "Non communiqué");

/** `/coop/mes-beneficiaires/fiche?id=`: Informations and Accompagnements tabs, actions, duplicate alert. */
export default function FicheBeneficiaire() {
  const session = useSessionProtegee({ inscriptionValidee: true });
  const [beneficiaire, setBeneficiaire] = useState<Beneficiaire | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [essai, setEssai] = useState(0);
  const connecte = session.etat === "connecte";

  useEffect(() => {
    if (!connecte) return;
    void essai;
    setErreur(null);
    const id = new URLSearchParams(window.location.search).get("id");
    if (!id) {
      setErreur("Aucun bénéficiaire n'est indiqué dans l'adresse de la page.");
      return;
    }
    lireBeneficiaire(id).then(
      (lu) => {
        setBeneficiaire(lu);
        document.title = document.title.replace(/^[^-]+/, `${nomBeneficiaire(lu)} `);
      },
      (error: unknown) =>
        setErreur(error instanceof ApiError ? error.message : "Le bénéficiaire n'a pas pu être chargé."),
    );
  }, [connecte, essai]);

  return (
    <>
      <h1>{beneficiaire ? nomBeneficiaire(beneficiaire) : "Fiche bénéficiaire"}</h1>
      {session.etat !== "connecte" ? (
        <EtatPage etat={session} />
      ) : erreur ? (
        <AlerteErreur message={erreur} reessayer={() => setEssai((n) => n + 1)} />
      ) : !beneficiaire ? (
        <p role="status">Chargement du bénéficiaire…</p>
      ) : (
        <Fiche beneficiaire={beneficiaire} />
      )}
    </>
  );
}

function Champ({ titre, children }: { titre: string; children: ReactNode }) {
  return (
    <div className="fr-col-12 fr-col-sm-6">
      <p className="fr-text--sm fr-mb-0">{titre}</p>
      <p className="fr-text--bold fr-mb-0">{children || "Non renseigné"}</p>
    </div>
  );
}

function Fiche({ beneficiaire }: { beneficiaire: Beneficiaire }) {
  const [succes] = useState<string | null>(() => lireSucces(messagesSucces));
  const [envoi, setEnvoi] = useState(false);
  const [erreurSuppression, setErreurSuppression] = useState<string | null>(null);
  const parametres = new URLSearchParams(window.location.search);
  const commune = communeDe(beneficiaire);
  const notes = htmlVersTexte(beneficiaire.notes);
  const nom = nomBeneficiaire(beneficiaire);

  const supprimer = async () => {
    setEnvoi(true);
    setErreurSuppression(null);
    try {
      await supprimerBeneficiaire(beneficiaire.id);
      window.location.assign(`${adresseMesBeneficiaires}?succes=supprime`);
    } catch (error) {
      setErreurSuppression(
        error instanceof ApiError ? error.message : "La suppression n'a pas abouti. Réessayez.",
      );
      setEnvoi(false);
    }
  };

  const informations = (
    <>
      <h2 className="fr-h5">Identité et contact</h2>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <Champ titre="Prénom">{beneficiaire.prenom}</Champ>
        <Champ titre="Nom">{beneficiaire.nom}</Champ>
        <Champ titre="Année de naissance">{beneficiaire.anneeNaissance}</Champ>
        <Champ titre="Téléphone">
          {beneficiaire.pasDeTelephone ? "Pas de téléphone" : beneficiaire.telephone}
        </Champ>
        <Champ titre="Adresse e-mail">{beneficiaire.email}</Champ>
        <Champ titre="Commune de résidence">
          {commune ? `${commune.nom} (${commune.codePostal})` : beneficiaire.commune}
        </Champ>
        <Champ titre="Adresse">{beneficiaire.adresse}</Champ>
      </div>
      <h2 className="fr-h5">Informations complémentaires</h2>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <Champ titre="Genre">{libelle(genre, beneficiaire.genre)}</Champ>
        <Champ titre="Tranche d'âge">{libelle(trancheAge, beneficiaire.trancheAge)}</Champ>
        <Champ titre="Statut">{libelle(statutSocial, beneficiaire.statutSocial)}</Champ>
        <Champ titre="Créé le">{formaterDate(beneficiaire.creation)}</Champ>
      </div>
      <h2 className="fr-h5">Notes</h2>
      {notes ? (
        notes.split("\n").map((ligne, rang) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of text have no identity of their own.
          <p key={rang}>{ligne}</p>
        ))
      ) : (
        <p>Aucune note.</p>
      )}
      <h2 className="fr-h5">Thématiques d'accompagnement</h2>
      {beneficiaire.thematiques.length === 0 ? (
        <p className="fr-mb-0">Aucun accompagnement enregistré pour l'instant.</p>
      ) : (
        <ul className="fr-tags-group fr-mb-0">
          {beneficiaire.thematiques.map((t) => (
            <li key={t.value}>
              <p className="fr-tag">
                {t.label} ({t.count})
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );

  return (
    <>
      <Succes message={succes} />
      {beneficiaire.doublonPotentiel && (
        <div className="fr-alert fr-alert--warning fr-mb-3w">
          <h2 className="fr-alert__title">Doublon potentiel</h2>
          <p>
            Un autre de vos bénéficiaires lui ressemble (nom, prénom, téléphone ou e-mail).{" "}
            <a href={`${adresseMesBeneficiaires}/doublons`}>Voir les doublons et les fusionner</a>
          </p>
        </div>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-3w">
        <li>
          <a
            className="fr-btn fr-icon-add-line"
            href={adresseCra("individuel", `beneficiaire=${encodeURIComponent(beneficiaire.id)}`)}
          >
            Enregistrer une activité
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-edit-line" href={adresseModifier(beneficiaire.id)}>
            Modifier
          </a>
        </li>
        <li>
          <button
            className="fr-btn fr-btn--tertiary fr-icon-delete-line"
            type="button"
            {...ouvre(idModaleSuppression)}
          >
            Supprimer
          </button>
        </li>
      </ul>
      <Onglets
        id="fiche"
        libelle={`Fiche de ${nom}`}
        initial={parametres.get("onglet") === "accompagnements" ? 1 : 0}
        onglets={[
          { cle: "informations", titre: "Informations", contenu: informations },
          {
            cle: "accompagnements",
            titre: `Accompagnements (${beneficiaire.accompagnementsCount})`,
            contenu: <AccompagnementsBeneficiaire beneficiaireId={beneficiaire.id} />,
          },
        ]}
      />
      <Modale
        id={idModaleSuppression}
        titre="Supprimer ce bénéficiaire ?"
        onFermee={() => setErreurSuppression(null)}
        actions={
          <>
            <li>
              <button className="fr-btn" type="button" onClick={supprimer} disabled={envoi}>
                Supprimer le bénéficiaire
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
          L'identité et les coordonnées de {nom} seront effacées. Ses{" "}
          {pluriel(beneficiaire.accompagnementsCount, "accompagnement")} restent comptés dans vos
          statistiques, sans nom. Cette action est définitive.
        </p>
        {erreurSuppression && (
          <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
            <p>{erreurSuppression}</p>
          </div>
        )}
      </Modale>
    </>
  );
}
