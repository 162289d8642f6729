// French pages of the ProConnect stand-in: plain accessible HTML, no CDN.
import { escapeHtml } from "../http.ts";
import type { Account } from "./accounts.ts";

const layout = (title: string, body: string, script = "") => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ProConnect (simulation locale)</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;color:#161616}
button{background:#000091;color:#fff;border:0;padding:.6rem 1rem;margin:.25rem 0;cursor:pointer;text-align:left;width:100%}
button:focus,input:focus{outline:2px solid #0a76f6;outline-offset:2px}
label{display:block;margin-top:.75rem;font-weight:600}input{display:block;width:100%;padding:.5rem;box-sizing:border-box}
.hint{font-weight:400;color:#666;display:block}.erreur{color:#ce0500;font-weight:600}
ul{list-style:none;padding:0}
</style>
</head>
<body>
<main>
${body}
</main>
${script}
</body>
</html>`;

export interface NewPersonValues {
  email?: string;
  prenom?: string;
  nom?: string;
  siret?: string;
}

export function loginPage(options: {
  action: string;
  clientId: string;
  accounts: readonly Account[];
  error?: string;
  values?: NewPersonValues;
}): string {
  const { action, accounts, error, values = {} } = options;
  const boutons = accounts
    .map(
      (account) => `<li><form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="email" value="${escapeHtml(account.email)}">
<button type="submit">Se connecter en tant que ${escapeHtml(`${account.given_name} ${account.usual_name}`)} — ${escapeHtml(account.email)}${account.siret ? ` (SIRET ${escapeHtml(account.siret)})` : ""}</button>
</form></li>`,
    )
    .join("\n");
  const erreur = error ? `<p id="erreur" class="erreur" role="alert">${escapeHtml(error)}</p>` : "";
  const describedBy = error ? ' aria-describedby="erreur"' : "";
  const value = (v: string | undefined) => (v ? ` value="${escapeHtml(v)}"` : "");
  return layout(
    "Connexion",
    `<h1>Se connecter avec ProConnect</h1>
<p>Ce serveur local remplace ProConnect : aucun mot de passe n'est demandé.
Application qui demande la connexion : <strong>${escapeHtml(options.clientId)}</strong>.</p>
<h2>Comptes de démonstration</h2>
<ul>
${boutons}
</ul>
<h2>Se connecter comme une nouvelle personne</h2>
${erreur}
<form method="post" action="${escapeHtml(action)}"${describedBy}>
<label for="email">Adresse e-mail professionnelle</label>
<input id="email" name="email" type="email" autocomplete="email" required${value(values.email)}>
<label for="prenom">Prénom</label>
<input id="prenom" name="prenom" type="text" autocomplete="given-name" required${value(values.prenom)}>
<label for="nom">Nom</label>
<input id="nom" name="nom" type="text" autocomplete="family-name" required${value(values.nom)}>
<label for="siret">SIRET de la structure employeuse <span class="hint">Facultatif, 14 chiffres</span></label>
<input id="siret" name="siret" type="text" inputmode="numeric"${value(values.siret)}>
<p><button type="submit">Se connecter</button></p>
</form>
<p>Les personnes créées ici sont gardées en mémoire jusqu'à l'arrêt du serveur.</p>`,
  );
}

/**
 * oidc-provider always renders this page before ending a session that has a user. It submits itself at
 * once in a browser; a scripted agent POSTs the form (fields `xsrf` and `logout=yes`).
 */
export function logoutPage(form: string): string {
  const withConfirmation = form.replace(
    "</form>",
    '<input type="hidden" name="logout" value="yes"><button type="submit">Se déconnecter</button></form>',
  );
  return layout(
    "Déconnexion",
    `<h1>Déconnexion en cours…</h1>
<p>Si rien ne se passe, utilisez le bouton ci-dessous.</p>
${withConfirmation}`,
    '<script>document.getElementById("op.logoutForm").submit();</script>',
  );
}

export function loggedOutPage(): string {
  return layout(
    "Déconnecté",
    "<h1>Vous êtes déconnecté</h1><p>Vous pouvez fermer cette page ou retourner sur l'application.</p>",
  );
}

export function errorPage(error: string, description?: string): string {
  return layout(
    "Erreur",
    `<h1>La connexion n'a pas abouti</h1>
<p>Erreur : <code>${escapeHtml(error)}</code></p>
${description ? `<p>${escapeHtml(description)}</p>` : ""}`,
  );
}
