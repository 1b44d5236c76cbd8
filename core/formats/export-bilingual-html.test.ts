import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape";
import { exportBilingualHtml } from "./export-bilingual-html";
import { HOSTILE, sampleDocument } from "./test-fixtures";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("exportBilingualHtml", () => {
  const html = exportBilingualHtml(sampleDocument());

  it("is a complete HTML5 page with charset, title, date and stylesheet, and no script", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>Anthropic et le Pentagone</title>");
    expect(html).toContain("<h1>Anthropic et le Pentagone</h1>");
    expect(html).toContain("2026-02-28");
    expect(html).toMatch(/<style>[\s\S]+<\/style>/u);
    expect(html).not.toMatch(/<script/iu);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("puts source and target side by side with their languages, one row per segment", () => {
    expect(html.match(/<tr class=/gu)).toHaveLength(6);
    expect(html).toContain('<td lang="fr">Donald Trump a ordonné.</td><td lang="en">Donald Trump ordered.</td>');
    expect(html).toContain('<td lang="fr">Il a écrit sur X.</td><td lang="en" class="empty"></td>');
  });

  it("marks heading rows and shows each segment's status", () => {
    expect(html).toMatch(/<tr class="heading level-2 block-start"><td lang="fr">Les décisions d’Anthropic<\/td>/u);
    expect(html).toContain('<td class="status status-approved"><span>Approved</span></td>');
    expect(html).toContain('<td class="status status-new"><span>New</span></td>');
  });

  it("uses the labels it is given", () => {
    const french = exportBilingualHtml(sampleDocument(), { lang: "fr", source: "Original", target: "Traduction", statuses: { approved: "Validé" } });
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('<th scope="col">Traduction</th>');
    expect(french).toContain("<span>Validé</span>");
    expect(french).toContain("<span>Translated</span>"); // unlabelled statuses fall back to English
  });

  it("escapes hostile text everywhere: title, languages, source, target, labels", () => {
    const doc = sampleDocument();
    doc.title = HOSTILE;
    doc.sourceLanguage = `fr" onclick="alert(1)`;
    doc.blocks[1].segments[0] = { source: HOSTILE, target: HOSTILE, status: "draft" };
    const out = exportBilingualHtml(doc, { source: HOSTILE });
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<img");
    expect(out).not.toContain('onclick="alert');
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;");
    expect(out).toContain('lang="fr&quot; onclick=&quot;alert(1)"');
  });
});
