import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { ApiError, apiFetch } from "../../lib/api.ts";
import {
  adresseComplete,
  type EtapeFormulaire,
  libellesProfils,
  type Profil,
  profilDe,
  type Structure,
  titresEtapes,
} from "../../lib/inscription.ts";
import { suivreRedirection } from "../../lib/session.ts";
import { lireLieuxActivite, lireStructureEmployeuse } from "../../lib/structures-api.ts";
import { BoutonsEtape, type ProprietesEtape } from "./commun.tsx";

/** The step a 409 names, whether in `fields.etape` or as a field key. */
function etapeManquante(error: ApiError, etapes: readonly EtapeFormulaire[]): EtapeFormulaire | undefined {
  const candidats = [error.fields.etape, ...Object.keys(error.fields)];
  return etapes.find((etape) => candidats.includes(etape));
}

/** Last step: everything at a glance, each part editable, then `POST /auth/inscription/validation`. */
export function Recapitulatif({
  etat,
  onPrecedente,
  profil,
  etapes,
  onModifier,
}: ProprietesEtape & {
  profil: Profil | undefined;
  etapes: readonly EtapeFormulaire[];
  onModifier: (etape: EtapeFormulaire) => void;
}) {
  const [employeur, setEmployeur] = useState<Structure | null | undefined>(undefined);
  const [lieux, setLieux] = useState<Structure[]>([]);
  const [envoi, setEnvoi] = useState(false);
  const [echec, setEchec] = useState<{ message: string; etape?: EtapeFormulaire | undefined } | null>(null);
  const alerte = useRef<HTMLDivElement>(null);
  const avecLieux = etapes.includes("lieux-activite");
  const { utilisateur } = etat;
  const choisi = profilDe(etat, profil);

  useEffect(() => {
    lireStructureEmployeuse().then(
      (structure) => setEmployeur(structure),
      () => setEmployeur(null),
    );
    if (avecLieux)
      lireLieuxActivite().then(
        (liste) => setLieux(liste),
        () => setLieux([]),
      );
  }, [avecLieux]);

  useEffect(() => {
    if (echec) alerte.current?.focus();
  }, [echec]);

  const valider = async (event: FormEvent) => {
    event.preventDefault();
    setEnvoi(true);
    setEchec(null);
    try {
      const { redirection } = await apiFetch<{ redirection?: string }>("/auth/inscription/validation", {
        method: "POST",
      });
      suivreRedirection(redirection, "/coop");
    } catch (error) {
      setEchec(
        error instanceof ApiError
          ? { message: error.message, etape: etapeManquante(error, etapes) }
          : { message: "La validation n'a pas abouti. Réessayez dans quelques instants." },
      );
      setEnvoi(false);
    }
  };

  const section = (etape: EtapeFormulaire, contenu: ReactNode) => (
    <section className="fr-py-3w" style={{ borderBottom: "1px solid var(--border-default-grey)" }}>
      <h3 className="fr-h6 fr-mb-1w">{titresEtapes[etape]}</h3>
      {contenu}
      <button
        className="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-1w"
        type="button"
        onClick={() => onModifier(etape)}
      >
        Modifier<span className="fr-sr-only"> : {titresEtapes[etape].toLowerCase()}</span>
      </button>
    </section>
  );

  return (
    <form onSubmit={valider} noValidate>
      <p>Vérifiez vos informations avant de valider votre inscription.</p>
      {echec && (
        <div className="fr-alert fr-alert--error fr-mb-3w" ref={alerte} tabIndex={-1}>
          <h3 className="fr-alert__title">Votre inscription n'est pas encore complète</h3>
          <p>{echec.message}</p>
          {echec.etape && (
            <button
              className="fr-btn fr-btn--sm fr-mt-2w"
              type="button"
              onClick={() => onModifier(echec.etape as EtapeFormulaire)}
            >
              Compléter : {titresEtapes[echec.etape].toLowerCase()}
            </button>
          )}
        </div>
      )}
      {section(
        "choisir-role",
        <p className="fr-mb-0">{choisi ? libellesProfils[choisi] : "Non renseigné"}</p>,
      )}
      {section(
        "verifier-informations",
        <p className="fr-mb-0">
          {[utilisateur.firstName, utilisateur.lastName].filter(Boolean).join(" ") || "Nom non renseigné"}
          <br />
          {utilisateur.email}
          {utilisateur.phone && (
            <>
              <br />
              {utilisateur.phone}
            </>
          )}
        </p>,
      )}
      {section(
        "structure-employeuse",
        employeur === undefined ? (
          <p className="fr-mb-0">Chargement…</p>
        ) : employeur ? (
          <p className="fr-mb-0">
            <strong>{employeur.nom}</strong>
            <br />
            {adresseComplete(employeur)}
          </p>
        ) : (
          <p className="fr-mb-0">Non renseignée</p>
        ),
      )}
      {avecLieux &&
        section(
          "lieux-activite",
          lieux.length === 0 ? (
            <p className="fr-mb-0">Aucun lieu</p>
          ) : (
            <ul className="fr-mb-0">
              {lieux.map((lieu) => (
                <li key={lieu.id}>
                  <strong>{lieu.nom}</strong>, {adresseComplete(lieu)}
                </li>
              ))}
            </ul>
          ),
        )}
      <BoutonsEtape envoi={envoi} onPrecedente={onPrecedente} libelle="Valider mon inscription" />
    </form>
  );
}
