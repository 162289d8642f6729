import { useEffect, useState } from "react";
import { ApiError, apiFetch } from "../lib/api.ts";
import { formaterDate } from "../lib/format.ts";
import { adresseComplete, type Structure } from "../lib/inscription.ts";
import { nomAffiche, roleAffiche, type Session, seDeconnecter } from "../lib/session.ts";
import { lireLieuxActivite, lireStructureEmployeuse } from "../lib/structures-api.ts";
import { useSessionProtegee } from "../lib/useSession.ts";
import { AlerteErreur, EtatPage } from "./commun/EtatPage.tsx";

/** "Mon compte": who I am, my role, my employer and my lieux d'activité. */
export default function MonCompte() {
  const session = useSessionProtegee({ inscriptionValidee: true });
  if (session.etat !== "connecte") return <EtatPage etat={session} />;
  return <Compte session={session.session} />;
}

function Compte({ session }: { session: Session }) {
  const { user } = session;
  const [employeur, setEmployeur] = useState<Structure | null | undefined>(undefined);
  const [lieux, setLieux] = useState<Structure[] | undefined>(user.mediateurId ? undefined : []);
  const [erreur, setErreur] = useState<string | null>(null);

  useEffect(() => {
    lireStructureEmployeuse().then(
      (structure) => setEmployeur(structure),
      () => setEmployeur(null),
    );
    if (user.mediateurId)
      lireLieuxActivite().then(
        (liste) => setLieux(liste),
        () => setLieux([]),
      );
  }, [user.mediateurId]);

  const deconnecter = () => {
    setErreur(null);
    seDeconnecter().catch((error: unknown) =>
      setErreur(error instanceof ApiError ? error.message : "La déconnexion n'a pas abouti. Réessayez."),
    );
  };

  const profils = [
    user.mediateurId && "Médiateur·rice numérique",
    user.coordinateurId && "Coordinateur·rice",
    user.isConseillerNumerique && "Conseiller·ère numérique",
  ].filter((profil): profil is string => Boolean(profil));

  return (
    <>
      {erreur && <AlerteErreur message={erreur} />}
      <section className="fr-mb-6w">
        <h2>Identité</h2>
        <p className="fr-text--lg fr-text--bold fr-mb-1w">{nomAffiche(user)}</p>
        <p className="fr-mb-1w">{user.email}</p>
        {user.inscriptionValidee && (
          <p className="fr-text--sm">Inscription validée le {formaterDate(user.inscriptionValidee)}.</p>
        )}
      </section>

      <section className="fr-mb-6w">
        <h2>Rôle</h2>
        <p className="fr-mb-2w">{roleAffiche(user)}</p>
        {profils.length > 0 && (
          <ul className="fr-badges-group">
            {profils.map((profil) => (
              <li key={profil}>
                <p className="fr-badge fr-badge--blue-ecume">{profil}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="fr-mb-6w">
        <h2>Structure employeuse</h2>
        {employeur === undefined ? (
          <p role="status">Chargement…</p>
        ) : employeur ? (
          <p>
            <strong>{employeur.nom}</strong>
            <br />
            {adresseComplete(employeur)}
            {employeur.siret && (
              <>
                <br />
                SIRET : {employeur.siret}
              </>
            )}
          </p>
        ) : (
          <p>Aucune structure employeuse renseignée.</p>
        )}
      </section>

      {user.mediateurId && (
        <section className="fr-mb-6w">
          <h2>Lieux d'activité</h2>
          {lieux === undefined ? (
            <p role="status">Chargement…</p>
          ) : lieux.length === 0 ? (
            <p>Aucun lieu d'activité renseigné.</p>
          ) : (
            <ul>
              {lieux.map((lieu) => (
                <li key={lieu.id}>
                  <strong>{lieu.nom}</strong>, {adresseComplete(lieu)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <button
        className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-logout-box-r-line"
        type="button"
        onClick={deconnecter}
      >
        Se déconnecter
      </button>
    </>
  );
}
