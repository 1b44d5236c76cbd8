import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { readZipEntries } from "../../import/zip-entries";
import { zipEntry } from "../../testing/zip-entry";
import { readXml } from "../tbx/read-xml";
import { sampleDocument, HOSTILE } from "../test-fixtures";
import { exportEnglishDocx } from "./english-docx";
import { exportReviewDocx } from "./review-docx";

// The Word files are written by hand (streamed WordprocessingML): every part must be well-formed
// XML, and a real reader (mammoth, the library the import uses) must find the structure in them.

const review = () => ({
  ...sampleDocument(),
  exportedAt: new Date("2026-03-01T14:05:00Z"),
  blocks: sampleDocument().blocks.map((block) => ({
    ...block,
    segments: block.segments.map((s, i) => ({ ...s, notes: i === 0 ? [{ author: "Ana", text: `Line one\nLine two ${HOSTILE}` }] : [], threads: [] })),
  })),
});

async function check(bytes: Uint8Array) {
  const names = readZipEntries(bytes)!.map((e) => e.name);
  expect(names[0]).toBe("[Content_Types].xml");
  for (const name of names) expect(() => readXml(zipEntry(bytes, name).toString("utf8"), { maxBytes: 10_000_000, namespaces: true }), name).not.toThrow();
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

describe("hand-written Word files", () => {
  it("the English text reads back with its title, headings and paragraphs", async () => {
    const html = await check(await exportEnglishDocx(sampleDocument()));
    expect(html).toContain("<h2>Anthropic’s decisions</h2>");
    expect(html).toContain("<p>Donald Trump ordered. <em>[untranslated] </em>The Pentagon demands.</p>");
    expect(html).toContain("<h3>Support</h3>");
  });

  it("the review copy reads back as a table, with hostile text kept as text", async () => {
    const bytes = await exportReviewDocx(review());
    const html = await check(bytes);
    // The header row repeats on every page (a table head), headings span the five columns.
    expect(html).toMatch(/<table><thead><tr><th><p><strong>#<\/strong><\/p><\/th>.*<\/thead>/su);
    expect(html).toContain('<td colspan="5"><p>1  <strong>Les décisions d’Anthropic</strong>');
    expect(html).toContain("<td><p>Donald Trump a ordonné.</p></td><td><p>Donald Trump ordered.</p></td>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(zipEntry(bytes, "word/footer1.xml").toString("utf8")).toContain("PAGE");
  });
});
