import { type FormEvent, useEffect, useState } from "react";
import { ApiError, apiFetch } from "../lib/api.ts";
import { adresseProConnect } from "../lib/connexion.ts";
import { ChampTexte } from "./commun/Champs.tsx";

/**
 * The sign-in choices: the ProConnect button (rendered at build time, so it works without JavaScript),
 * the notice after signing out, and the e-mail link form where the server offers it.
 */
export default function Connexion() {
  const [proConnect, setProConnect] = useState(adresseProConnect(null));
  const [deconnecte, setDeconnecte] = useState(false);
  const [emailDisponible, setEmailDisponible] = useState(false);

  useEffect(() => {
    const parametres = new URLSearchParams(window.location.search);
    setProConnect(adresseProConnect(parametres.get("retour")));
    setDeconnecte(parametres.get("deconnexion") === "1");
    apiFetch<{ disponible?: boolean }>("/auth/email/disponible").then(
      (reponse) => setEmailDisponible(reponse.disponible === true),
      () => setEmailDisponible(false),
    );
  }, []);

  return (
    <>
      {deconnecte && (
        <div className="fr-alert fr-alert--success fr-mb-4w">
          <h2 className="fr-alert__title">Vous êtes déconnecté</h2>
          <p>À bientôt sur La Coop. Pensez à fermer votre navigateur si l'ordinateur est partagé.</p>
        </div>
      )}
      <div className="fr-connect-group">
        <a className="fr-connect fr-connect--pro" href={proConnect}>
          <span className="fr-connect__login">S’identifier avec</span>
          <span className="fr-connect__brand">ProConnect</span>
        </a>
        <p>
          <a
            href="https://www.proconnect.gouv.fr/"
            target="_blank"
            rel="noopener"
            title="Qu’est-ce que ProConnect ? - nouvelle fenêtre"
          >
            Qu’est-ce que ProConnect ?
          </a>
        </p>
      </div>
      <p className="fr-text--sm">
        ProConnect est l'identifiant de l'État pour les professionnels. Aucun mot de passe n'est demandé par
        La Coop : vous vous connectez auprès de ProConnect, qui nous transmet votre identité.
      </p>
      {emailDisponible && <LienParEmail />}
    </>
  );
}

function LienParEmail() {
  const [email, setEmail] = useState("");
  const [erreur, setErreur] = useState<string | undefined>();
  const [envoye, setEnvoye] = useState<string | null>(null);
  const [envoi, setEnvoi] = useState(false);

  const envoyer = async (event: FormEvent) => {
    event.preventDefault();
    const adresse = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adresse)) {
      setErreur("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
      document.getElementById("connexion-email")?.focus();
      return;
    }
    setErreur(undefined);
    setEnvoi(true);
    try {
      const reponse = await apiFetch<{ message: string }>("/auth/email/connexion", {
        json: { email: adresse },
      });
      setEnvoye(reponse.message);
    } catch (error) {
      const champ = error instanceof ApiError ? error.fields.email : undefined;
      setErreur(champ ?? (error instanceof ApiError ? error.message : "L'envoi n'a pas abouti. Réessayez."));
      document.getElementById("connexion-email")?.focus();
    } finally {
      setEnvoi(false);
    }
  };

  return (
    <>
      <p className="fr-hr-or">ou</p>
      <form onSubmit={envoyer} noValidate aria-labelledby="connexion-email-titre">
        <h2 className="fr-h5" id="connexion-email-titre">
          Recevoir un lien de connexion par e-mail
        </h2>
        <p className="fr-text--sm">Disponible sur cet environnement de test uniquement.</p>
        <ChampTexte
          id="connexion-email"
          label="Adresse e-mail"
          indice="Format attendu : nom@exemple.fr"
          type="email"
          autoComplete="email"
          spellCheck={false}
          obligatoire
          valeur={email}
          onChange={setEmail}
          erreur={erreur}
        />
        <button className="fr-btn" type="submit" disabled={envoi}>
          Recevoir le lien
        </button>
        <div role="status" className="fr-mt-3w">
          {envoye && (
            <div className="fr-alert fr-alert--success">
              <p>{envoye}</p>
            </div>
          )}
        </div>
      </form>
    </>
  );
}
