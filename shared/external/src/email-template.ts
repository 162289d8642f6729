// The one e-mail layout of La Coop: a title, paragraphs and an optional button, as accessible HTML and text.

export interface ContenuEmail {
  titre: string;
  paragraphes: string[];
  bouton?: { libelle: string; url: string };
}

const echapper = (value: string) =>
  value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

const SIGNATURE = "L'équipe de La Coop de la médiation numérique";
const PIED = "Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.";

export function renderEmail(contenu: ContenuEmail): { html: string; text: string } {
  const paragraphes = contenu.paragraphes
    .map((p) => `<p style="margin:0 0 16px;font-size:16px;line-height:24px">${echapper(p)}</p>`)
    .join("\n");
  const bouton = contenu.bouton
    ? `<p style="margin:24px 0"><a href="${echapper(contenu.bouton.url)}" style="display:inline-block;background:#000091;color:#ffffff;padding:12px 20px;font-size:16px;text-decoration:none">${echapper(contenu.bouton.libelle)}</a></p>
<p style="margin:0 0 16px;font-size:14px;line-height:20px;color:#3a3a3a">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :<br><a href="${echapper(contenu.bouton.url)}" style="color:#000091">${echapper(contenu.bouton.url)}</a></p>`
    : "";
  const html = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${echapper(contenu.titre)}</title>
</head>
<body style="margin:0;padding:0;background:#f6f6f6;font-family:Arial,Helvetica,sans-serif;color:#161616">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f6f6">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff">
<tr><td style="padding:32px 24px">
<p style="margin:0 0 24px;font-size:14px;font-weight:bold">La Coop de la médiation numérique</p>
<h1 style="margin:0 0 24px;font-size:24px;line-height:32px">${echapper(contenu.titre)}</h1>
${paragraphes}
${bouton}
<p style="margin:24px 0 0;font-size:16px;line-height:24px">${echapper(SIGNATURE)}</p>
</td></tr>
</table>
<p style="margin:16px 0 0;font-size:12px;color:#666666">${echapper(PIED)}</p>
</td></tr>
</table>
</body>
</html>`;
  const text = [
    contenu.titre,
    "",
    ...contenu.paragraphes.flatMap((p) => [p, ""]),
    ...(contenu.bouton ? [`${contenu.bouton.libelle} : ${contenu.bouton.url}`, ""] : []),
    SIGNATURE,
    "",
    "--",
    PIED,
  ].join("\n");
  return { html, text };
}
