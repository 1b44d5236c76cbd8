import { describe, expect, it } from "vitest";
import { sampleDocument } from "../test-fixtures";
import { zipEntry } from "../../testing/zip-entry";
import { exportEnglishDocx } from "./english-docx";

/** The paragraphs of word/document.xml as [style, text] pairs (runs' text joined), in order. */
async function paragraphs(...args: Parameters<typeof exportEnglishDocx>): Promise<{ xml: string; list: [string, string][] }> {
  const xml = zipEntry(await exportEnglishDocx(...args), "word/document.xml").toString("utf8");
  const list = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gsu)].map(([, p]): [string, string] => [
    /<w:pStyle w:val="([^"]+)"\/>/u.exec(p)?.[1] ?? "",
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(""),
  ]);
  return { xml, list };
}

describe("exportEnglishDocx", () => {
  it("starts with the title (Title style, and in the properties) and the date, and keeps every segment", async () => {
    const doc = sampleDocument();
    const { list } = await paragraphs(doc);
    expect(list).toEqual([
      ["Title", "Anthropic et le Pentagone"],
      ["", "Date 2026-02-28"],
      ["Heading2", "Anthropic’s decisions"],
      ["", "Donald Trump ordered. [untranslated] The Pentagon demands."],
      ["", "[untranslated]"],
      ["Heading3", "Support"],
    ]);
    const core = zipEntry(await exportEnglishDocx(doc), "docProps/core.xml").toString("utf8");
    expect(core).toContain("<dc:title>Anthropic et le Pentagone</dc:title>");
  });

  it("writes the French source in French and marks drafts, as the text formats do", async () => {
    const { list, xml } = await paragraphs(sampleDocument(), { missing: "source", drafts: "mark" });
    expect(list[3]).toEqual(["", "Donald Trump ordered. Il a écrit sur X. [draft] The Pentagon demands."]);
    expect(list[4]).toEqual(["", "Pas encore traduit."]);
    expect(xml).toMatch(/<w:lang w:val="fr"\/><\/w:rPr><w:t xml:space="preserve">Il a écrit sur X\. <\/w:t>/u);
    // The marker is set off in grey italics so it is not read as part of the sentence.
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*<w:color w:val="888888"\/>(?:(?!<\/w:r>).)*\[draft\] /u);
  });

  it("refuses under `fail` when a translation is missing", async () => {
    await expect(exportEnglishDocx(sampleDocument(), { missing: "fail", drafts: "keep" })).rejects.toThrow("2 of 6 segments are not translated yet.");
  });
});
