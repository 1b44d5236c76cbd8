import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sniffContent } from "../../import/sniff-content";
import { parseXliff12 } from "./parse-xliff12";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./__fixtures__/dialects/${name}`, import.meta.url)), "utf8");
/** Each segment as [source, target, status], paragraph by paragraph. */
const rows = (xml: string) => parseXliff12(xml).units.map((unit) => unit.segments.map((s) => [s.source, s.target, s.status]));

describe("reading Trados SDLXLIFF", () => {
  const xml = fixture("article.sdlxliff");

  it("is recognised as SDLXLIFF and read per <mrk mtype=seg>, each with its sdl:seg conf", () => {
    expect(sniffContent(xml)).toEqual({ kind: "xliff1", version: "1.2", dialect: "sdlxliff" });
    expect(rows(xml)).toEqual([
      [["La souveraineté numérique", "Digital sovereignty", "approved"]],
      [
        ["Le Pentagone cite un risque.", "The Pentagon cites a risk.", "translated"],
        ["Anthropic refuse.", "Anthropic refuses.", "draft"],
        ["Il pleut.", "It is raining.", "reviewed"],
        ["Il neige.", "It snows.", "rejected"],
        ["Il vente.", "It is windy.", "rejected"],
        ["Rien.", "", "new"],
      ],
    ]);
  });

  it("reads a conf it does not know (or an Object method's name) as new", () => {
    const odd = xml.replace('conf="Translated"', 'conf="constructor"').replace('conf="Draft"', 'conf="Bogus"');
    expect(
      rows(odd)[1]
        .slice(0, 2)
        .map((row) => row[2]),
    ).toEqual(["new", "new"]);
  });

  it("keeps the file's languages and skips the translate=no structure unit", () => {
    const doc = parseXliff12(xml);
    expect([doc.sourceLanguage, doc.targetLanguage]).toEqual(["fr-FR", "en-GB"]);
    expect(doc.units.flatMap((u) => u.segments).some((s) => s.source === "")).toBe(false);
  });
});

describe("reading memoQ MQXLIFF", () => {
  const xml = fixture("article.mqxliff");

  it("maps every mq:status, one segment per trans-unit, inline codes dropped", () => {
    expect(sniffContent(xml)).toMatchObject({ kind: "xliff1", dialect: "mqxliff" });
    expect(rows(xml)).toEqual([
      [["Pourquoi ?", "", "new"]],
      [["Il pleut.", "It is raining.", "draft"]],
      [["Il neige.", "It snows.", "draft"]],
      [["Il vente.", "It is windy", "draft"]],
      [["Attention", "Warning", "translated"]],
      [["Le contrat tient.", "The contract holds.", "reviewed"]],
      [["Fin.", "End.", "approved"]],
      [["Rien.", "Nothing at all.", "rejected"]],
    ]);
  });

  it("keeps memoQ's comments as notes by their author, deleted ones left out", () => {
    const notes = parseXliff12(xml).units.flatMap((u) => u.segments.flatMap((s) => s.notes ?? []));
    expect(notes).toEqual(["relecteur: Vu."]);
  });

  it("reads memoQ's attributes by namespace, whatever the prefix", () => {
    const renamed = xml.replaceAll("mq:", "q:").replace("xmlns:mq=", "xmlns:q=");
    expect(rows(renamed)).toEqual(rows(xml));
    // An mq: prefix bound to some other namespace is not memoQ's: the core state (none) applies.
    const impostor = xml.replace('xmlns:mq="MQXliff"', 'xmlns:mq="urn:example:not-memoq"');
    expect(rows(impostor)[4]).toEqual([["Attention", "Warning", "new"]]);
  });
});

describe("reading Phrase MXLIFF", () => {
  const xml = fixture("article.mxliff");

  it("joins the trans-units of one m:para-id into a paragraph and maps m:confirmed", () => {
    expect(sniffContent(xml)).toMatchObject({ kind: "xliff1", dialect: "mxliff" });
    expect(rows(xml)).toEqual([
      [["La souveraineté numérique", "Digital sovereignty", "reviewed"]],
      [
        ["Le Pentagone cite un risque.", "The Pentagon cites a risk.", "translated"],
        ["Anthropic refuse.", "Anthropic refuses.", "new"],
        ["Il pleut.", "", "new"],
        ["Fin.", "End.", "approved"],
      ],
    ]);
  });

  it("keeps an alt-trans as a match of its segment, never as its target", () => {
    const segments = parseXliff12(xml).units.flatMap((unit) => unit.segments);
    const cited = segments.find((segment) => segment.source === "Le Pentagone cite un risque.");
    expect(cited?.target).toBe("The Pentagon cites a risk.");
    expect(cited?.matches).toEqual([{ source: "Le Pentagone cite un risque.", target: "The Pentagon quotes a risk.", origin: "mt" }]);
    expect(segments.filter((segment) => segment.matches !== undefined)).toHaveLength(1);
  });
});
