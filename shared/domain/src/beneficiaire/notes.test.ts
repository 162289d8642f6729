import { describe, expect, it } from "vitest";
import { assainirNotes } from "../index.ts";

describe("assainirNotes", () => {
  it("keeps paragraphs, line breaks, emphasis and lists", () => {
    const html =
      "<p>Démarches <strong>CAF</strong> et <em>impôts</em><br>à revoir</p><ul><li>un</li></ul><ol><li>deux</li></ol>";
    expect(assainirNotes(html)).toBe(html);
  });

  it("removes attributes, unknown tags and comments, keeping their text", () => {
    expect(
      assainirNotes('<p class="x" style="color:red">Bonjour <span>Hélène</span><!-- caché --></p>'),
    ).toBe("<p>Bonjour Hélène</p>");
    expect(assainirNotes("<h1>Titre</h1><b>gras</b> <i>italique</i>")).toBe(
      "Titre<strong>gras</strong> <em>italique</em>",
    );
  });

  it("drops scripts, styles and frames with their content", () => {
    expect(
      assainirNotes("<p>a<script>alert('x')</script>b<style>p{}</style>c<iframe src=x></iframe></p>"),
    ).toBe("<p>abc</p>");
    expect(assainirNotes("<scr<script>ipt>alert(1)</script>")).toBe("&lt;scr");
    expect(assainirNotes("<img src=x onerror=alert(1)>")).toBe("");
  });

  it("keeps only http(s) links", () => {
    expect(assainirNotes('<a href="https://www.service-public.fr/a?b=1&amp;c=2" onclick="x">lien</a>')).toBe(
      '<a href="https://www.service-public.fr/a?b=1&amp;c=2" rel="noopener noreferrer">lien</a>',
    );
    expect(assainirNotes('<a href="javascript:alert(1)">x</a>')).toBe("<a>x</a>");
    expect(assainirNotes('<a href=" java\tscript:alert(1)">x</a>')).toBe("<a>x</a>");
    expect(assainirNotes('<a href="data:text/html,x">x</a>')).toBe("<a>x</a>");
  });

  it("escapes stray angle brackets and quotes, keeps entities, balances tags", () => {
    expect(assainirNotes('1 < 2 > 0 "ok" &amp; R&D &eacute;')).toBe(
      "1 &lt; 2 &gt; 0 &quot;ok&quot; &amp; R&amp;D &eacute;",
    );
    expect(assainirNotes("<p><strong>ouvert")).toBe("<p><strong>ouvert</strong></p>");
    expect(assainirNotes("<p>a</strong></li>b</p>")).toBe("<p>ab</p>");
    expect(assainirNotes("<ul><li>a</ul>")).toBe("<ul><li>a</li></ul>");
  });
});
