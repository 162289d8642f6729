import { type FormEvent, useEffect, useRef, useState } from "react";
import { apiFetch } from "../../lib/api.ts";
import { adresseComplete, type Structure } from "../../lib/inscription.ts";
import {
  enregistrerLieuxActivite,
  lireLieuxActivite,
  lireStructureEmployeuse,
} from "../../lib/structures-api.ts";
import { CaseACocher } from "../commun/Champs.tsx";
import { ResumeErreurs } from "../commun/ResumeErreurs.tsx";
import { useErreurs } from "../commun/useErreurs.ts";
import { FormulaireStructure } from "../structures/FormulaireStructure.tsx";
import { BoutonsEtape, type ProprietesEtape } from "./commun.tsx";
import { RechercheLieux } from "./RechercheLieux.tsx";

const separateur = { borderBottom: "1px solid var(--border-default-grey)" };

const ids = { structureIds: "inscription-lieux" } as const;
const libelles = { structureIds: "Lieux d'activité" } as const;

/**
 * Step 4 (mediators): where they work. Their employer with one checkbox, existing lieux found by
 * search, or a new one created on the spot; saved with `PUT /structures/inscription/lieux-activite`.
 */
export function LieuxActivite({ onTerminee, onPrecedente }: ProprietesEtape) {
  const [employeur, setEmployeur] = useState<Structure | null>(null);
  const [employeurEstLieu, setEmployeurEstLieu] = useState(false);
  const [lieux, setLieux] = useState<Structure[] | null>(null);
  const [creation, setCreation] = useState(false);
  const [annonce, setAnnonce] = useState("");
  const [envoi, setEnvoi] = useState(false);
  const { erreurs, verifier, depuisApi, resume, tentative } = useErreurs(ids, libelles);
  const titreListe = useRef<HTMLHeadingElement>(null);
  const boutonCreer = useRef<HTMLButtonElement>(null);
  const retourDeCreation = useRef<"liste" | "bouton" | null>(null);

  useEffect(() => {
    Promise.all([lireStructureEmployeuse().catch(() => null), lireLieuxActivite().catch(() => [])]).then(
      ([structure, actifs]) => {
        const liste = Array.isArray(actifs) ? actifs : [];
        setEmployeur(structure ?? null);
        setEmployeurEstLieu(Boolean(structure && liste.some((lieu) => lieu.id === structure.id)));
        setLieux(liste.filter((lieu) => lieu.id !== structure?.id));
      },
    );
  }, []);

  useEffect(() => {
    if (creation || !retourDeCreation.current) return;
    (retourDeCreation.current === "liste" ? titreListe.current : boutonCreer.current)?.focus();
    retourDeCreation.current = null;
  }, [creation]);

  const nombre = (employeurEstLieu && employeur ? 1 : 0) + (lieux?.length ?? 0);
  // "At least one lieu" no longer holds once one is chosen: the message goes away at once.
  useEffect(() => {
    if (nombre > 0 && erreurs.structureIds) verifier({});
  }, [nombre, erreurs.structureIds, verifier]);

  if (!lieux) return <p role="status">Chargement de vos lieux d'activité…</p>;

  const ajouter = (lieu: Structure) => {
    if (lieu.id === employeur?.id) setEmployeurEstLieu(true);
    else
      setLieux((actuels) => (actuels?.some((l) => l.id === lieu.id) ? actuels : [...(actuels ?? []), lieu]));
    setAnnonce(`${lieu.nom} ajouté à vos lieux d'activité.`);
  };
  const retirer = (lieu: Structure) => {
    if (lieu.id === employeur?.id) setEmployeurEstLieu(false);
    else setLieux((actuels) => (actuels ?? []).filter((l) => l.id !== lieu.id));
    setAnnonce(`${lieu.nom} retiré de vos lieux d'activité.`);
  };
  const choisis = [...(employeurEstLieu && employeur ? [employeur] : []), ...lieux];

  if (creation)
    return (
      <FormulaireStructure
        onCreee={(lieu) => {
          ajouter(lieu);
          retourDeCreation.current = "liste";
          setCreation(false);
        }}
        onAnnuler={() => {
          retourDeCreation.current = "bouton";
          setCreation(false);
        }}
      />
    );

  const envoyer = async (event: FormEvent) => {
    event.preventDefault();
    if (!verifier(choisis.length === 0 ? { structureIds: "Indiquez au moins un lieu d'activité." } : {}))
      return;
    setEnvoi(true);
    try {
      await enregistrerLieuxActivite(choisis.map((lieu) => lieu.id));
      await onTerminee();
    } catch (error) {
      depuisApi(error);
    } finally {
      setEnvoi(false);
    }
  };

  return (
    <form onSubmit={envoyer} noValidate>
      <p>Indiquez les lieux où vous accompagnez le public. Vous pourrez les modifier plus tard.</p>
      <ResumeErreurs erreurs={resume} tentative={tentative} niveau={3} />
      <p className="fr-sr-only" aria-live="polite">
        {annonce}
      </p>

      {employeur && (
        <CaseACocher
          id="inscription-employeur-lieu"
          label="Ma structure employeuse est aussi mon lieu d'activité"
          indice={`${employeur.nom}, ${adresseComplete(employeur)}`}
          coche={employeurEstLieu}
          onChange={setEmployeurEstLieu}
        />
      )}

      <h3 className="fr-h6 fr-mt-4w">Ajouter un lieu déjà enregistré</h3>
      <RechercheLieux choisis={choisis} onAjouter={ajouter} onRetirer={retirer} />

      <p className="fr-mt-3w fr-mb-1w">Votre lieu n'est pas dans la liste ?</p>
      <button
        ref={boutonCreer}
        className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-add-line"
        type="button"
        onClick={() => setCreation(true)}
      >
        Créer un lieu
      </button>

      <div className={`fr-mt-4w${erreurs.structureIds ? " fr-input-group fr-input-group--error" : ""}`}>
        <h3 className="fr-h6" id={ids.structureIds} ref={titreListe} tabIndex={-1}>
          Vos lieux d'activité ({choisis.length})
        </h3>
        {erreurs.structureIds && <p className="fr-error-text fr-mb-2w">{erreurs.structureIds}</p>}
        {choisis.length === 0 ? (
          <p>Aucun lieu pour le moment.</p>
        ) : (
          <ul className="fr-raw-list">
            {choisis.map((lieu) => (
              <li key={lieu.id} className="fr-py-2w" style={separateur}>
                <p className="fr-text--bold fr-mb-0">{lieu.nom}</p>
                <p className="fr-text--sm fr-mb-1w">{adresseComplete(lieu)}</p>
                <button
                  className="fr-btn fr-btn--tertiary fr-btn--sm"
                  type="button"
                  onClick={() => retirer(lieu)}
                >
                  Retirer<span className="fr-sr-only"> {lieu.nom}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <BoutonsEtape envoi={envoi} onPrecedente={onPrecedente} />
    </form>
  );
}
