import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { decodeText } from "./decode-text";
import { parseTextDocument } from "./parse-text-document";

const txt = (text: string) => parseTextDocument(text, { format: "txt" });
const md = (text: string) => parseTextDocument(text, { format: "md" });

describe("parseTextDocument (txt)", () => {
  it("splits paragraphs on blank lines and joins the lines of a paragraph with a space", () => {
    const doc = txt("Première ligne\nsuite du paragraphe.\n\n  \nDeuxième   paragraphe.\t Fin.\n");
    expect(doc).toEqual({
      blocks: [
        { kind: "paragraph", text: "Première ligne suite du paragraphe." },
        { kind: "paragraph", text: "Deuxième paragraphe. Fin." },
      ],
    });
  });

  it("takes each line as a paragraph when the file has no blank line at all", () => {
    expect(txt("Un.\nDeux.\n\nTrois.").blocks).toHaveLength(2);
    expect(txt("Un.\nDeux.\nTrois.").blocks.map((b) => b.text)).toEqual(["Un.", "Deux.", "Trois."]);
  });

  it("recognises a short single line without final punctuation as a level-2 heading", () => {
    const doc = txt("Les décisions d’Anthropic agacent Donald Trump\n\nLe différend s’est envenimé.");
    expect(doc.blocks[0]).toEqual({ kind: "heading", level: 2, text: "Les décisions d’Anthropic agacent Donald Trump" });
    expect(doc.blocks[1].kind).toBe("paragraph");
  });

  it.each([
    ["a final period", "Il pleut."],
    ["a question mark", "Qui vient ?"],
    ["a colon", "Il a déclaré :"],
    ["a closing guillemet", "« Non »"],
    ["a closing quote after punctuation", "Il a dit “oui.”"],
    ["more than 15 words", "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"],
  ])("does not take a line ending with %s for a heading", (_name, line) => {
    expect(txt(`${line}\n\nSuite.`).blocks[0].kind).toBe("paragraph");
  });

  it("does not take a multi-line block for a heading", () => {
    expect(txt("Deux lignes\nsans point\n\nSuite.").blocks[0]).toEqual({ kind: "paragraph", text: "Deux lignes sans point" });
  });

  it("keeps no-break spaces, narrow no-break spaces and typographic apostrophes", () => {
    const text = "L’IA\u00a0: «\u202fnon\u202f» !";
    expect(txt(text).blocks[0].text).toBe(text);
  });

  it("reads a leading date token on the same line as the first paragraph", () => {
    const doc = txt(" date 2026-02-28 Donald Trump a ordonné.\n\nSuite.");
    expect(doc.date).toBe("2026-02-28");
    expect(doc.blocks[0].text).toBe("Donald Trump a ordonné.");
  });

  it("reads a date token alone on the first line", () => {
    const doc = txt("date 2024-02-29\nLe texte commence ici.\n\nSuite.");
    expect(doc.date).toBe("2024-02-29");
    expect(doc.blocks[0].text).toBe("Le texte commence ici.");
  });

  it("leaves an impossible date, or a date later in the text, as ordinary text", () => {
    const impossible = txt("date 2026-02-30 Le texte.\n\nSuite.");
    expect(impossible.date).toBeUndefined();
    expect(impossible.blocks[0].text).toBe("date 2026-02-30 Le texte.");
    expect(txt("Le texte.\n\ndate 2026-02-28 Suite.").date).toBeUndefined();
    expect(txt("date de sortie inconnue.").blocks[0].text).toBe("date de sortie inconnue.");
  });

  it("throws EMPTY_FILE when nothing but metadata and whitespace is left", () => {
    expect(() => txt("date 2026-02-28\n\n  \n")).toThrow(DomainError);
    expect(() => txt("   ")).toThrow(expect.objectContaining({ code: "EMPTY_FILE", message: "The file contains no text to translate." }));
  });
});

describe("parseTextDocument (md)", () => {
  it("keeps heading depths and strips inline markup to its text", () => {
    const doc = md("# Titre\n\n### Sous-titre *ici*\n\nUn **gras**, un _italique_, un [lien](https://x.fr) et `code`.\n");
    expect(doc.blocks).toEqual([
      { kind: "heading", level: 1, text: "Titre" },
      { kind: "heading", level: 3, text: "Sous-titre ici" },
      { kind: "paragraph", text: "Un gras, un italique, un lien et code." },
    ]);
  });

  it("makes list items and quotations paragraphs and joins soft and hard line breaks with a space", () => {
    const doc = md("- premier point\n- second\n  point\n\n1. numéroté\n\n> cité  \n> ici\n");
    expect(doc.blocks.map((b) => b.text)).toEqual(["premier point", "second point", "numéroté", "cité ici"]);
    expect(doc.blocks.every((b) => b.kind === "paragraph")).toBe(true);
  });

  it("drops raw HTML entirely, blocks and inline", () => {
    const doc = md("<script>alert(1)</script>\n\nTexte <img src=x onerror=alert(1)> sûr.\n\n<div>\nbloc\n</div>\n");
    expect(doc.blocks).toEqual([{ kind: "paragraph", text: "Texte sûr." }]);
  });

  it("keeps escaped markup characters and entities as text", () => {
    expect(md("Un \\*astérisque\\* et &lt;b&gt;.").blocks[0].text).toBe("Un *astérisque* et <b>.");
  });

  it("drops code blocks, which are not prose to translate", () => {
    expect(md("Avant.\n\n```js\nconst a = 1;\n```\n\n    indenté\n\nAprès.").blocks.map((b) => b.text)).toEqual(["Avant.", "Après."]);
  });

  it("skips YAML front matter and uses its date", () => {
    const doc = md("---\ntitle: Essai\ndate: 2026-02-28\n---\n# Titre\n\nTexte.");
    expect(doc.date).toBe("2026-02-28");
    expect(doc.blocks.map((b) => b.text)).toEqual(["Titre", "Texte."]);
  });

  it("applies the date token rule to Markdown too", () => {
    const doc = md("date 2026-02-28 Premier paragraphe.\n\n## Titre");
    expect(doc.date).toBe("2026-02-28");
    expect(doc.blocks[0]).toEqual({ kind: "paragraph", text: "Premier paragraphe." });
  });

  it("does not mistake a leading thematic break for front matter", () => {
    expect(md("---\n\nTexte.\n\n---\n\nSuite.").blocks.map((b) => b.text)).toEqual(["Texte.", "Suite."]);
  });

  it("throws EMPTY_FILE when the Markdown has no text", () => {
    expect(() => md("<!-- rien -->\n\n---\n")).toThrow(expect.objectContaining({ code: "EMPTY_FILE" }));
  });
});

describe("demo document (golden)", () => {
  const source = new URL("../../prisma/seed/anthropic-pentagone.fr.txt", import.meta.url);
  const golden = new URL("./__golden__/anthropic-pentagone.blocks.json", import.meta.url);
  const doc = parseTextDocument(decodeText(new Uint8Array(readFileSync(source))).text, { format: "txt" });

  it("reads the date, the headings and the paragraphs", () => {
    expect(doc.date).toBe("2026-02-28");
    expect(doc.blocks[0].kind).toBe("paragraph");
    expect(doc.blocks[0].text.startsWith("Donald Trump a ordonné")).toBe(true);
    expect(doc.blocks.filter((b) => b.kind === "heading")).toEqual([
      { kind: "heading", level: 2, text: "Les décisions d’Anthropic agacent Donald Trump" },
      { kind: "heading", level: 2, text: "Un soutient de la part d’OpenAI" },
    ]);
    expect(doc.blocks.filter((b) => b.kind === "paragraph")).toHaveLength(6);
  });

  it("matches the golden blocks (UPDATE_GOLDEN=1 rewrites them)", () => {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, `${JSON.stringify(doc, null, 2)}\n`);
    expect(doc).toEqual(JSON.parse(readFileSync(golden, "utf8")));
  });
});
