import { useEffect, useState } from "react";
import { ApiError } from "../../lib/api.ts";
import {
  type Critere,
  fusionnerBeneficiaires,
  lireDoublons,
  nomBeneficiaire,
  type PaireDoublons,
  type PersonneDoublon,
} from "../../lib/beneficiaires-api.ts";
import { adresseFiche, adresseMesBeneficiaires } from "../../lib/beneficiaires-liste.ts";
import { pluriel } from "../../lib/format.ts";
import { useSessionProtegee } from "../../lib/useSession.ts";
import { GroupeRadios } from "../commun/Champs.tsx";
import { AlerteErreur, EtatPage } from "../commun/EtatPage.tsx";
import { fermerModale, Modale, ouvre } from "../commun/Modale.tsx";
import { Succes } from "../commun/Succes.tsx";

const idModaleFusion = "modale-fusion";

const libellesCriteres: Record<Critere, string> = {
  nom: "Nom similaire",
  prenom: "Prénom similaire",
  telephone: "Même téléphone",
  email: "Même e-mail",
};

/** `/coop/mes-beneficiaires/doublons`: pairs that look alike, and their merge. */
export default function Doublons() {
  const session = useSessionProtegee({ inscriptionValidee: true });
  if (session.etat !== "connecte") return <EtatPage etat={session} />;
  return <Paires />;
}

function Personne({ personne, criteres }: { personne: PersonneDoublon; criteres: readonly Critere[] }) {
  const marque = (critere: Critere, texte: string | number | null) =>
    texte ? criteres.includes(critere) ? <mark>{texte}</mark> : texte : "Non renseigné";
  return (
    <div className="fr-col-12 fr-col-md-6">
      <p className="fr-text--bold fr-mb-1v">
        <a href={adresseFiche(personne.id)}>{nomBeneficiaire(personne)}</a>
      </p>
      <ul className="fr-text--sm fr-mb-0">
        <li>Prénom : {marque("prenom", personne.prenom)}</li>
        <li>Nom : {marque("nom", personne.nom)}</li>
        <li>Année de naissance : {personne.anneeNaissance ?? "Non renseignée"}</li>
        <li>Téléphone : {marque("telephone", personne.telephone)}</li>
        <li>E-mail : {marque("email", personne.email)}</li>
      </ul>
    </div>
  );
}

function Paires() {
  const [paires, setPaires] = useState<PaireDoublons[] | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [essai, setEssai] = useState(0);
  const [paire, setPaire] = useState<PaireDoublons | null>(null);
  const [garde, setGarde] = useState("");
  const [envoi, setEnvoi] = useState(false);
  const [erreurFusion, setErreurFusion] = useState<string | null>(null);
  const [succes, setSucces] = useState<string | null>(null);

  useEffect(() => {
    void essai;
    setErreur(null);
    lireDoublons().then(setPaires, (error: unknown) =>
      setErreur(error instanceof ApiError ? error.message : "Les doublons n'ont pas pu être chargés."),
    );
  }, [essai]);

  const fusionner = async () => {
    if (!paire || !garde) {
      setErreurFusion("Choisissez le bénéficiaire à conserver.");
      return;
    }
    const destination = garde === paire.a.id ? paire.a : paire.b;
    const source = garde === paire.a.id ? paire.b : paire.a;
    setEnvoi(true);
    setErreurFusion(null);
    try {
      await fusionnerBeneficiaires(source.id, destination.id);
      fermerModale(idModaleFusion);
      setSucces(
        `${nomBeneficiaire(source)} est fusionné dans ${nomBeneficiaire(destination)}, qui garde ses accompagnements.`,
      );
      setEssai((n) => n + 1);
    } catch (error) {
      setErreurFusion(error instanceof ApiError ? error.message : "La fusion n'a pas abouti. Réessayez.");
    } finally {
      setEnvoi(false);
    }
  };

  return (
    <>
      <p>
        Deux de vos bénéficiaires sont présentés ici lorsqu'au moins deux critères se rejoignent : nom proche,
        prénom proche, même téléphone, même adresse e-mail.
      </p>
      <Succes message={succes} />
      {erreur && <AlerteErreur message={erreur} reessayer={() => setEssai((n) => n + 1)} />}
      <p role="status" className="fr-text--bold">
        {paires
          ? paires.length === 0
            ? "Aucun doublon potentiel parmi vos bénéficiaires."
            : pluriel(paires.length, "doublon potentiel", "doublons potentiels")
          : erreur
            ? ""
            : "Recherche des doublons…"}
      </p>
      {paires && paires.length > 0 && (
        <ul className="fr-raw-list">
          {paires.map((p) => (
            <li key={`${p.a.id}-${p.b.id}`} className="fr-mb-3w">
              <div className="fr-p-3w fr-mb-0" style={{ border: "1px solid var(--border-default-grey)" }}>
                <h2 className="fr-h6 fr-mb-1w">
                  {nomBeneficiaire(p.a)} et {nomBeneficiaire(p.b)}
                </h2>
                <ul className="fr-badges-group fr-mt-1w">
                  {p.criteres.map((critere) => (
                    <li key={critere}>
                      <p className="fr-badge fr-badge--sm fr-badge--warning fr-badge--no-icon">
                        {libellesCriteres[critere] ?? critere}
                      </p>
                    </li>
                  ))}
                </ul>
                <div className="fr-grid-row fr-grid-row--gutters fr-my-1w">
                  <Personne personne={p.a} criteres={p.criteres} />
                  <Personne personne={p.b} criteres={p.criteres} />
                </div>
                <button
                  className="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-git-merge-line"
                  type="button"
                  {...ouvre(idModaleFusion)}
                  onClick={() => {
                    setPaire(p);
                    setGarde("");
                    setErreurFusion(null);
                  }}
                >
                  Fusionner
                  <span className="fr-sr-only">
                    {" "}
                    {nomBeneficiaire(p.a)} et {nomBeneficiaire(p.b)}
                  </span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={adresseMesBeneficiaires}>
          Retour à mes bénéficiaires
        </a>
      </p>
      <Modale
        id={idModaleFusion}
        titre="Fusionner deux bénéficiaires"
        onFermee={() => setErreurFusion(null)}
        actions={
          <>
            <li>
              <button className="fr-btn" type="button" onClick={fusionner} disabled={envoi || !paire}>
                Fusionner
              </button>
            </li>
            <li>
              <button className="fr-btn fr-btn--secondary" type="button" aria-controls={idModaleFusion}>
                Annuler
              </button>
            </li>
          </>
        }
      >
        {paire && (
          <>
            <p>
              Le bénéficiaire conservé garde ses informations ; celles qui lui manquent sont reprises de
              l'autre. Les accompagnements des deux lui sont rattachés, puis l'autre est supprimé.
            </p>
            <GroupeRadios
              id="fusion-garde"
              legende="Quel bénéficiaire conserver ?"
              obligatoire
              options={[paire.a, paire.b].map((personne) => ({
                value: personne.id,
                label: nomBeneficiaire(personne),
                indice:
                  [personne.anneeNaissance, personne.telephone, personne.email].filter(Boolean).join(" · ") ||
                  undefined,
              }))}
              valeur={garde}
              onChange={(valeur) => {
                setGarde(valeur);
                setErreurFusion(null);
              }}
              erreur={erreurFusion ?? undefined}
            />
          </>
        )}
      </Modale>
    </>
  );
}
