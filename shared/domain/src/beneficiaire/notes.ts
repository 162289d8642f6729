// Notes are rich text typed in the site's editor and shown back as HTML: only a short allow-list
// survives, on the server and in the browser alike (no DOM needed, so the same code runs in both).

const BALISES_AUTORISEES = new Set(["p", "br", "strong", "em", "ul", "ol", "li", "a"]);
const BALISES_VIDES = new Set(["br"]);
/** Elements whose content is not text for a person: dropped with everything inside. */
const BALISES_A_VIDER = new Set(["script", "style", "iframe", "object", "embed", "template", "noscript"]);
/** Aliases the editors produce. */
const EQUIVALENTS: Record<string, string> = { b: "strong", i: "em" };

const BALISE = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*?)?)\s*(\/?)>/;

const echapper = (texte: string) =>
  texte.replace(/[<>"]|&(?!(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)/g, (caractere) =>
    caractere === "<" ? "&lt;" : caractere === ">" ? "&gt;" : caractere === '"' ? "&quot;" : "&amp;",
  );

/** The http(s) target of an `<a>`'s attributes, or null (javascript:, data:, relative… are refused). */
const lienSur = (attributs: string): string | null => {
  const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(` ${attributs}`);
  // Browsers ignore control characters and spaces inside a URL: "java\tscript:" is "javascript:".
  const valeur = [...(href?.[1] ?? href?.[2] ?? href?.[3] ?? "").replace(/&amp;/gi, "&")]
    .filter((caractere) => caractere.charCodeAt(0) > 0x20)
    .join("");
  return /^https?:\/\/[^/\s]/i.test(valeur) ? valeur : null;
};

/** The notes with only p, br, strong, em, ul, ol, li and http(s) links kept, tags balanced. */
export const assainirNotes = (html: string): string => {
  let sortie = "";
  const ouvertes: string[] = [];
  let reste = html;
  while (reste.length > 0) {
    const chevron = reste.indexOf("<");
    if (chevron !== 0) {
      const texte = chevron === -1 ? reste : reste.slice(0, chevron);
      sortie += echapper(texte);
      reste = chevron === -1 ? "" : reste.slice(chevron);
      continue;
    }
    if (reste.startsWith("<!--")) {
      const fin = reste.indexOf("-->");
      reste = fin === -1 ? "" : reste.slice(fin + 3);
      continue;
    }
    const balise = BALISE.exec(reste);
    if (!balise) {
      sortie += "&lt;";
      reste = reste.slice(1);
      continue;
    }
    reste = reste.slice(balise[0].length);
    const fermante = balise[1] === "/";
    const brute = balise[2]!.toLowerCase();
    const nom = EQUIVALENTS[brute] ?? brute;
    if (!fermante && BALISES_A_VIDER.has(nom)) {
      const fin = reste.toLowerCase().indexOf(`</${nom}`);
      reste = fin === -1 ? "" : reste.slice(reste.indexOf(">", fin) + 1 || reste.length);
      continue;
    }
    if (!BALISES_AUTORISEES.has(nom)) continue;
    if (BALISES_VIDES.has(nom)) {
      if (!fermante) sortie += `<${nom}>`;
      continue;
    }
    if (fermante) {
      const position = ouvertes.lastIndexOf(nom);
      if (position === -1) continue;
      while (ouvertes.length > position) sortie += `</${ouvertes.pop()}>`;
      continue;
    }
    if (nom === "a") {
      const href = lienSur(balise[3] ?? "");
      sortie += href ? `<a href="${echapper(href)}" rel="noopener noreferrer">` : "<a>";
    } else {
      sortie += `<${nom}>`;
    }
    ouvertes.push(nom);
  }
  while (ouvertes.length > 0) sortie += `</${ouvertes.pop()}>`;
  return sortie;
};

/** The text a person reads in notes (tags removed, entities left as typed): to tell empty notes. */
export const texteDesNotes = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
