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

describe("exportTargetText", () => {
  it("writes headings and paragraphs as lines, joining segments with one space and skipping untranslated ones", () => {
    expect(exportTargetText(sampleDocument())).toBe(
      "Anthropic’s decisions\n\nDonald Trump ordered. The Pentagon demands.\n\nSupport\n",
    );
  });

  it("keeps a paragraph on one line even if a target contains line breaks", () => {
    expect(exportTargetText(oneParagraph("One\nTwo"))).toBe("One Two\n");
  });

  it("returns an empty string when nothing is translated", () => {
    expect(exportTargetText(oneParagraph(""))).toBe("");
  });
});

describe("exportTargetMarkdown", () => {
  it("writes headings with their level (## by default) and omits untranslated blocks", () => {
    expect(exportTargetMarkdown(sampleDocument())).toBe(
      "## Anthropic’s decisions\n\nDonald Trump ordered. The Pentagon demands.\n\n### Support\n",
    );
  });

  it("escapes HTML and Markdown syntax so hostile text stays text", () => {
    const out = exportTargetMarkdown(oneParagraph(HOSTILE));
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
