// Notes are HTML on the server (a short allow-list, sanitised there). The site types them in a plain
// textarea: each line becomes a paragraph on the way out, and paragraphs become lines on the way back.

const entites: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

const echapper = (texte: string) =>
  texte.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

/** "Ligne 1\nLigne 2" → "<p>Ligne 1</p><p>Ligne 2</p>"; blank lines are dropped, text is escaped. */
export function texteVersHtml(texte: string): string {
  return texte
    .split(/\r?\n/)
    .map((ligne) => ligne.trim())
    .filter(Boolean)
    .map((ligne) => `<p>${echapper(ligne)}</p>`)
    .join("");
}

/** The lines a person reads in stored notes: paragraphs, line breaks and list items become lines. */
export function htmlVersTexte(html: string | null | undefined): string {
  if (!html) return "";
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|li|ul|ol|div|h\d)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (brut, code: string) => {
      if (code.startsWith("#x") || code.startsWith("#X"))
        return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
      if (code.startsWith("#")) return String.fromCodePoint(Number.parseInt(code.slice(1), 10));
      return entites[code.toLowerCase()] ?? brut;
    })
    .split("\n")
    .map((ligne) => ligne.trim())
    .filter(Boolean)
    .join("\n");
}
