import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { BilingualDocument } from "../model/document";
import { escapeMarkdown } from "./escape";
import { exportTargetMarkdown, exportTargetText } from "./export-target";
import { HOSTILE, sampleDocument } from "./test-fixtures";

const oneParagraph = (target: string): BilingualDocument => ({
  title: "t",
  sourceLanguage: "fr",
  targetLanguage: "en",
  blocks: [{ kind: "paragraph", segments: [{ source: "s", target, status: "translated" }] }],
});

/** Everything after the title line (and the blank line after it). */
const body = (out: string) => out.split("\n\n").slice(1).join("\n\n");

const golden = (name: string) => fileURLToPath(new URL(`./__golden__/${name}`, import.meta.url));

describe("English exports of a partly translated document (golden files; UPDATE_GOLDEN=1 rewrites them)", () => {
  it.each([
    ["english.mark.md", () => exportTargetMarkdown(sampleDocument())],
    ["english.source-drafts.md", () => exportTargetMarkdown(sampleDocument(), { missing: "source", drafts: "mark" })],
    ["english.mark.txt", () => exportTargetText(sampleDocument())],
    ["english.source-drafts.txt", () => exportTargetText(sampleDocument(), { missing: "source", drafts: "mark" })],
  ])("%s", (name, render) => {
    const out = render();
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden(name), out);
    expect(out).toBe(readFileSync(golden(name), "utf8"));
  });
});

describe("exportTargetText", () => {
  it("starts with the title and the date, then writes every block, untranslated segments as markers", () => {
    expect(exportTargetText(sampleDocument())).toBe(
      "Anthropic et le Pentagone\n\nDate 2026-02-28\n\nAnthropic’s decisions\n\nDonald Trump ordered. [untranslated] The Pentagon demands.\n\n[untranslated]\n\nSupport\n",
    );
  });

  it("puts the French source in place of missing translations, and flags drafts when asked", () => {
    const out = exportTargetText(sampleDocument(), { missing: "source", drafts: "mark" });
    expect(out).toContain("Donald Trump ordered. Il a écrit sur X. [draft] The Pentagon demands.\n\nPas encore traduit.\n");
  });

  it("keeps a paragraph on one line even if a target contains line breaks", () => {
    expect(body(exportTargetText(oneParagraph("One\nTwo")))).toBe("One Two\n");
  });

  it("writes the title alone when nothing has text and there is no date", () => {
    expect(exportTargetText({ ...oneParagraph(""), blocks: [] })).toBe("t\n");
  });
});

describe("exportTargetMarkdown", () => {
  it("starts with # Title and the date; headings keep their level (## by default) under it", () => {
    expect(exportTargetMarkdown(sampleDocument())).toBe(
      "# Anthropic et le Pentagone\n\nDate 2026-02-28\n\n## Anthropic’s decisions\n\nDonald Trump ordered. [untranslated] The Pentagon demands.\n\n[untranslated]\n\n### Support\n",
    );
  });

  it("escapes the title and the French source, not the markers", () => {
    const doc: BilingualDocument = {
      ...oneParagraph(""),
      title: "# *Titre*",
      blocks: [
        {
          kind: "paragraph",
          segments: [
            { source: "Voir [ici](x).", target: "", status: "new" },
            { source: "b", target: "*Yes*", status: "draft" },
          ],
        },
      ],
    };
    expect(exportTargetMarkdown(doc, { missing: "source", drafts: "mark" })).toBe("# \\# \\*Titre\\*\n\nVoir \\[ici\\](x). [draft] \\*Yes\\*\n");
  });

  it("refuses under `fail` when a translation is missing", () => {
    expect(() => exportTargetMarkdown(sampleDocument(), { missing: "fail", drafts: "keep" })).toThrow("2 of 6 segments are not translated yet.");
  });

  it("escapes HTML and Markdown syntax so hostile text stays text", () => {
    const out = body(exportTargetMarkdown(oneParagraph(HOSTILE)));
    expect(out).toBe("\\<script\\>alert(1)\\</script\\> \\<img src=x onerror=alert(1)\\>\n");
    expect(out).not.toMatch(/(^|[^\\])</u);
  });

  it.each([
    ["emphasis", "*not* _emphasis_", "\\*not\\* \\_emphasis\\_"],
    ["links", "[a](http://x)", "\\[a\\](http://x)"],
    ["backslash and code", "C:\\dir `x`", "C:\\\\dir \\`x\\`"],
    ["a heading marker", "# not a heading", "\\# not a heading"],
    ["a list marker", "- not a list", "\\- not a list"],
    ["an ordered list marker", "1. not a list", "1\\. not a list"],
    ["a quotation marker", "> not quoted", "\\> not quoted"],
    // In "&#39;" escaping the "#" already breaks the reference.
    ["character references", "AT&amp;T &#39;", "AT\\&amp;T &\\#39;"],
    ["a table pipe and strikethrough", "a | b ~~c~~", "a \\| b \\~\\~c\\~\\~"],
  ])("escapes %s", (_name, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it("leaves ordinary punctuation alone", () => {
    expect(escapeMarkdown("It’s 3.5% — well-known (see p. 4)!")).toBe("It’s 3.5% — well-known (see p. 4)!");
  });
});
