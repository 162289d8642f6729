import { describe, expect, it } from "vitest";
import { htmlVersTexte, texteVersHtml } from "./notes.ts";

describe("notes", () => {
  it("makes a paragraph of each line, escaping what looks like markup", () => {
    expect(texteVersHtml("Dossier CAF\n\n  Rappeler <b>lundi</b> & mardi  \r\n")).toBe(
      "<p>Dossier CAF</p><p>Rappeler &lt;b&gt;lundi&lt;/b&gt; &amp; mardi</p>",
    );
    expect(texteVersHtml("  \n ")).toBe("");
  });

  it("reads stored HTML back as lines: paragraphs, breaks and list items", () => {
    expect(htmlVersTexte("<p>Dossier <strong>CAF</strong></p><p>a&lt;b &amp; c&#39;d&nbsp;e</p>")).toBe(
      "Dossier CAF\na<b & c'd e",
    );
    expect(htmlVersTexte("<p>un<br>deux</p><ul><li>trois</li><li>quatre</li></ul>")).toBe(
      "un\ndeux\ntrois\nquatre",
    );
    expect(htmlVersTexte(null)).toBe("");
  });

  it("goes there and back without loss", () => {
    const texte = 'Première ligne\nSeconde <ligne> & "guillemets"';
    expect(htmlVersTexte(texteVersHtml(texte))).toBe(texte);
  });
});
