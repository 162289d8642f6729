// The French web inbox of the mail catcher: plain accessible HTML, no script, no CDN.
import { escapeHtml } from "../http.ts";
import type { CaughtMessage } from "./catcher.ts";

const layout = (title: string, body: string, refresh = false) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? '<meta http-equiv="refresh" content="5">' : ""}
<title>${escapeHtml(title)} — Boîte de réception locale</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#161616}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #ddd}
a{color:#000091}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}
iframe{width:100%;min-height:30rem;border:1px solid #ddd}
button{background:#000091;color:#fff;border:0;padding:.5rem 1rem;cursor:pointer}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;

const dateFr = (iso: string) =>
  new Date(iso).toLocaleString("fr-FR", {
    dateStyle: "short",
    timeStyle: "medium",
    timeZone: "Europe/Paris",
  });

export function inboxPage(messages: readonly CaughtMessage[]): string {
  const rows = messages
    .toReversed()
    .map(
      (m) => `<tr>
<td>${escapeHtml(dateFr(m.date))}</td>
<td>${escapeHtml(m.to.join(", "))}</td>
<td><a href="/messages/${encodeURIComponent(m.id)}">${escapeHtml(m.subject || "(sans objet)")}</a></td>
</tr>`,
    )
    .join("\n");
  const table =
    messages.length === 0
      ? "<p>Aucun e-mail reçu pour l'instant. Cette page se met à jour toute seule.</p>"
      : `<table>
<caption>${messages.length} e-mail${messages.length > 1 ? "s" : ""} reçu${messages.length > 1 ? "s" : ""}, du plus récent au plus ancien</caption>
<thead><tr><th scope="col">Reçu le</th><th scope="col">Destinataires</th><th scope="col">Objet</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<form method="post" action="/vider"><p><button type="submit">Vider la boîte de réception</button></p></form>`;
  return layout(
    "E-mails reçus",
    `<h1>Boîte de réception locale</h1>
<p>Les e-mails envoyés par La Coop en local arrivent ici ; aucun n'est réellement expédié.</p>
${table}`,
    true,
  );
}

export function messagePage(message: CaughtMessage): string {
  const html = message.html
    ? `<h2>Version HTML</h2>
<iframe title="Contenu HTML de l'e-mail" sandbox="" srcdoc="${escapeHtml(message.html)}"></iframe>`
    : "";
  return layout(
    message.subject || "(sans objet)",
    `<p><a href="/">Retour à la boîte de réception</a></p>
<h1>${escapeHtml(message.subject || "(sans objet)")}</h1>
<dl>
<dt>De</dt><dd>${escapeHtml(message.from)}</dd>
<dt>À</dt><dd>${escapeHtml(message.to.join(", "))}</dd>
<dt>Reçu le</dt><dd>${escapeHtml(dateFr(message.date))}</dd>
</dl>
${html}
<h2>Version texte</h2>
<pre>${escapeHtml(message.text)}</pre>`,
  );
}

export function notFoundPage(): string {
  return layout(
    "Introuvable",
    `<h1>E-mail introuvable</h1><p><a href="/">Retour à la boîte de réception</a></p>`,
  );
}
