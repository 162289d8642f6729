import { useEffect, useRef, useState } from "react";
import {
  type Filtres,
  type ListeUtilisateurs,
  lireFiltres,
  parPage,
  requeteFiltres,
  type UtilisateurAdministre,
} from "../../lib/administration.ts";
import { ApiError, apiFetch } from "../../lib/api.ts";
import { nomAffiche, suivreRedirection } from "../../lib/session.ts";
import { useSessionProtegee } from "../../lib/useSession.ts";
import { AlerteErreur, EtatPage } from "../commun/EtatPage.tsx";
import { fermerModale, Modale } from "../commun/Modale.tsx";
import { Pagination } from "../commun/Pagination.tsx";
import { FiltresUtilisateurs } from "./FiltresUtilisateurs.tsx";
import { type Action, idModaleActivation, TableUtilisateurs } from "./TableUtilisateurs.tsx";

const chemin = "/administration/utilisateurs";

/** Back-office list of accounts. Administrators act on them; support reads only. */
export default function Utilisateurs() {
  const session = useSessionProtegee({ roles: ["admin", "support"] });
  if (session.etat !== "connecte") return <EtatPage etat={session} />;
  const { user } = session.session;
  return <Liste estAdmin={user.role === "admin"} moi={user.id} />;
}

function Liste({ estAdmin, moi }: { estAdmin: boolean; moi: string }) {
  const [filtres] = useState<Filtres>(() => lireFiltres(window.location.search));
  const [liste, setListe] = useState<ListeUtilisateurs | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [essai, setEssai] = useState(0);
  const [action, setAction] = useState<Action | null>(null);
  const [erreurAction, setErreurAction] = useState<string | null>(null);
  const [envoi, setEnvoi] = useState(false);
  const [annonce, setAnnonce] = useState<string | null>(null);
  const alerte = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void essai;
    setErreur(null);
    apiFetch<ListeUtilisateurs>(
      `/auth/administration/utilisateurs${requeteFiltres(filtres, { parPage: String(parPage) })}`,
    ).then(setListe, (error: unknown) =>
      setErreur(error instanceof ApiError ? error.message : "La liste n'a pas pu être chargée."),
    );
  }, [filtres, essai]);

  useEffect(() => {
    if (annonce) alerte.current?.focus();
  }, [annonce]);

  const usurper = async (utilisateur: UtilisateurAdministre) => {
    setAnnonce(null);
    try {
      const { redirection } = await apiFetch<{ redirection?: string }>(
        `/auth/administration/utilisateurs/${encodeURIComponent(utilisateur.id)}/usurpation`,
        { method: "POST" },
      );
      suivreRedirection(redirection, "/coop");
    } catch (error) {
      setErreur(error instanceof ApiError ? error.message : "L'usurpation n'a pas abouti.");
    }
  };

  const confirmer = async () => {
    if (!action) return;
    setEnvoi(true);
    setErreurAction(null);
    try {
      await apiFetch(
        `/auth/administration/utilisateurs/${encodeURIComponent(action.utilisateur.id)}/${action.type}`,
        { method: "POST" },
      );
      const nom = nomAffiche(action.utilisateur);
      fermerModale(idModaleActivation);
      setAnnonce(
        action.type === "desactivation"
          ? `Le compte de ${nom} est désactivé : cette personne ne peut plus se connecter.`
          : `Le compte de ${nom} est réactivé.`,
      );
      setEssai((n) => n + 1);
    } catch (error) {
      setErreurAction(error instanceof ApiError ? error.message : "L'action n'a pas abouti. Réessayez.");
    } finally {
      setEnvoi(false);
    }
  };

  const pages = liste ? Math.max(1, Math.ceil(liste.total / parPage)) : 1;
  const desactivation = action?.type === "desactivation";

  return (
    <>
      {!estAdmin && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
          <p>Votre rôle « Support » permet de consulter cette liste, sans la modifier.</p>
        </div>
      )}
      {annonce && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" ref={alerte} tabIndex={-1}>
          <p>{annonce}</p>
        </div>
      )}
      <FiltresUtilisateurs filtres={filtres} action={chemin} />
      {erreur && <AlerteErreur message={erreur} reessayer={() => setEssai((n) => n + 1)} />}
      <p role="status" className="fr-mt-3w fr-text--bold">
        {liste
          ? liste.total === 0
            ? "Aucun compte ne correspond à ces critères."
            : `${liste.total} compte${liste.total > 1 ? "s" : ""}${pages > 1 ? `, page ${filtres.page} sur ${pages}` : ""}`
          : erreur
            ? ""
            : "Chargement des comptes…"}
      </p>
      {liste && liste.utilisateurs.length > 0 && (
        <TableUtilisateurs
          utilisateurs={liste.utilisateurs}
          estAdmin={estAdmin}
          moi={moi}
          onUsurper={usurper}
          onAction={(choisie) => {
            setErreurAction(null);
            setAction(choisie);
          }}
        />
      )}
      <Pagination
        courante={filtres.page}
        total={pages}
        lien={(page) => `${chemin}${requeteFiltres({ ...filtres, page })}`}
      />
      {estAdmin && (
        <Modale
          id={idModaleActivation}
          titre={desactivation ? "Désactiver ce compte ?" : "Réactiver ce compte ?"}
          onFermee={() => setErreurAction(null)}
          actions={
            <>
              <li>
                <button className="fr-btn" type="button" onClick={confirmer} disabled={envoi || !action}>
                  {desactivation ? "Désactiver le compte" : "Réactiver le compte"}
                </button>
              </li>
              <li>
                <button className="fr-btn fr-btn--secondary" type="button" aria-controls={idModaleActivation}>
                  Annuler
                </button>
              </li>
            </>
          }
        >
          {action && (
            <p>
              {desactivation
                ? `${nomAffiche(action.utilisateur)} (${action.utilisateur.email}) ne pourra plus se connecter à La Coop. Ses données sont conservées et le compte peut être réactivé.`
                : `${nomAffiche(action.utilisateur)} (${action.utilisateur.email}) pourra de nouveau se connecter à La Coop.`}
            </p>
          )}
          {erreurAction && (
            <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
              <p>{erreurAction}</p>
            </div>
          )}
        </Modale>
      )}
    </>
  );
}
