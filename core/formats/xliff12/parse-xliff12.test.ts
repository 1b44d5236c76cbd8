import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors";
import { checkLanguagePair } from "../../import/language-pair";
import { readTmxUnits } from "../tmx/read-tmx";
import { parseXliff12 } from "./parse-xliff12";

const toolkit = (name: string) => readFileSync(fileURLToPath(new URL(`./__fixtures__/translate-toolkit/${name}`, import.meta.url)), "utf8");
const NS = "urn:oasis:names:tc:xliff:document:1.2";
const xliff = (body: string, file = 'original="a.txt" source-language="fr" target-language="en" datatype="plaintext"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${NS}" version="1.2">\n<file ${file}>\n<body>\n${body}\n</body>\n</file>\n</xliff>\n`;
const rows = (xml: string) => parseXliff12(xml).units.map((unit) => unit.segments.map((s) => [s.source, s.target, s.status]));

/** The refusal parseXliff12 throws on `xml`. */
function refusal(xml: string) {
  try {
    parseXliff12(xml);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { code: error.code, message: error.message, ...(error.details as { reason: string; line?: number }) };
  }
  throw new Error("not refused");
}

describe("parseXliff12 on core XLIFF 1.2", () => {
  it("splits a trans-unit by its seg-source markers and pairs each target marker by mid", () => {
    const xml = xliff(`<trans-unit id="1">
  <source>Il pleut. Il neige.</source>
  <seg-source><mrk mtype="seg" mid="a">Il pleut.</mrk> <mrk mtype="seg" mid="b">Il neige.</mrk></seg-source>
  <target state="translated"><mrk mtype="seg" mid="b">It snows.</mrk> <mrk mtype="seg" mid="a">It rains.</mrk></target>
</trans-unit>`);
    expect(rows(xml)).toEqual([
      [
        ["Il pleut.", "It rains.", "translated"],
        ["Il neige.", "It snows.", "translated"],
      ],
    ]);
  });

  it("reads a segmented unit whole when its target has text but no markers (it cannot be split honestly)", () => {
    const xml = xliff(`<trans-unit id="1"><source>Il pleut. Il neige.</source>
  <seg-source><mrk mtype="seg" mid="1">Il pleut.</mrk> <mrk mtype="seg" mid="2">Il neige.</mrk></seg-source>
  <target>It rains. It snows.</target></trans-unit>`);
    expect(rows(xml)).toEqual([[["Il pleut. Il neige.", "It rains. It snows.", "new"]]]);
  });

  it.each([
    ["new", undefined, undefined, "new"],
    ["needs-translation", undefined, undefined, "new"],
    ["needs-l10n", undefined, undefined, "draft"],
    ["needs-adaptation", undefined, undefined, "draft"],
    ["needs-review-translation", undefined, undefined, "translated"],
    ["translated", undefined, undefined, "translated"],
    ["signed-off", undefined, undefined, "reviewed"],
    ["final", undefined, undefined, "approved"],
    ["x-custom", undefined, undefined, "new"],
    [undefined, undefined, "yes", "translated"],
    ["needs-translation", "rejected-inaccurate", undefined, "rejected"],
    ["translated", "rejected-grammar", "yes", "rejected"],
    ["signed-off", undefined, "yes", "reviewed"],
  ])("reads state=%s state-qualifier=%s approved=%s as %s", (state, qualifier, approved, status) => {
    const target = `<target${state ? ` state="${state}"` : ""}${qualifier ? ` state-qualifier="${qualifier}"` : ""}>It rains.</target>`;
    expect(rows(xliff(`<trans-unit id="1"${approved ? ` approved="${approved}"` : ""}><source>Il pleut.</source>${target}</trans-unit>`))).toEqual([
      [["Il pleut.", "It rains.", status]],
    ]);
  });

  it("reads inline codes as plain text: g and mrk keep words, codes only their equiv-text", () => {
    const xml = xliff(
      `<trans-unit id="1"><source>Le <g id="1">Pentagone</g><x id="2"/> <bpt id="3">&lt;b&gt;</bpt>cite<ept id="3">&lt;/b&gt;</ept> <ph id="4">{0}<sub>x</sub></ph><it id="5" pos="open">&lt;i&gt;</it><bx id="6"/>un<ex id="6"/> <mrk mtype="term">risque</mrk><ph id="7" equiv-text="!">&amp;excl;</ph></source></trans-unit>`,
    );
    expect(rows(xml)).toEqual([[["Le Pentagone cite un risque!", "", "new"]]]);
  });

  it("collapses whitespace unless xml:space=preserve, inherited from the file or a group", () => {
    const src = "<source>  Il   pleut.\n </source>";
    expect(rows(xliff(`<trans-unit id="1">${src}</trans-unit>`))[0][0][0]).toBe("Il pleut.");
    expect(rows(xliff(`<group xml:space="preserve"><trans-unit id="1">${src}</trans-unit></group>`))[0][0][0]).toBe("  Il   pleut.\n ");
  });

  it("keeps notes (with their author) on the first segment, group notes on the next one, an alt-trans as a match; skips translate=no", () => {
    const doc = parseXliff12(
      xliff(`<group><note>Note du groupe.</note>
  <trans-unit id="1"><source>Il pleut.</source><note from="Alice">À vérifier.</note><note annotates="source">Source.</note><alt-trans><target>It pours.</target></alt-trans></trans-unit>
</group>
<group translate="no"><trans-unit id="2"><source>NE PAS TRADUIRE</source></trans-unit></group>
<trans-unit id="3" translate="no"><source>Code</source></trans-unit>`),
    );
    expect(doc.units).toEqual([
      {
        id: "1",
        kind: "paragraph",
        segments: [
          {
            id: "s1",
            source: "Il pleut.",
            target: "",
            status: "new",
            notes: ["Note du groupe.", "Alice: À vérifier.", "Source."],
            matches: [{ source: "Il pleut.", target: "It pours." }],
          },
        ],
      },
    ]);
  });

  it("reads every <file>, and elements by namespace whatever their prefix (and XLIFF 1.1)", () => {
    const file = (name: string) =>
      `<x:file original="${name}" source-language="fr" target-language="en" datatype="plaintext"><x:body><x:trans-unit id="1"><x:source>${name}</x:source><x:target state="final">${name}!</x:target><y:source xmlns:y="urn:other">ignored</y:source></x:trans-unit></x:body></x:file>`;
    const xml = `<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.1" version="1.1">${file("Un")}${file("Deux")}</x:xliff>`;
    const doc = parseXliff12(xml);
    expect(doc.title).toBe("Un");
    expect(doc.units.map((u) => [u.id, u.segments[0].source, u.segments[0].target, u.segments[0].status])).toEqual([
      ["1", "Un", "Un!", "approved"],
      ["u2", "Deux", "Deux!", "approved"],
    ]);
  });
});

describe("parseXliff12 refusals: coded, with the line, nothing returned", () => {
  it.each([
    ["a trans-unit without <source>", xliff(`<trans-unit id="1"><target>x</target></trans-unit>`), 5, /^Line 5: <trans-unit id="1"> has no <source>\.$/u],
    ["a trans-unit without id", xliff(`<trans-unit><source>Il pleut.</source></trans-unit>`), 5, /^Line 5: <trans-unit> has no id attribute\.$/u],
    [
      "two trans-units with one id",
      xliff(`<trans-unit id="a"><source>Un.</source></trans-unit>\n<group><trans-unit id="a"><source>Deux.</source></trans-unit></group>`),
      6,
      /^Line 6: Two <trans-unit>s of one <file> have the id "a"\.$/u,
    ],
    [
      "two segments with one mid",
      xliff(
        `<trans-unit id="1"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk>\n<mrk mtype="seg" mid="1">B.</mrk></seg-source></trans-unit>`,
      ),
      6,
      /^Line 6: <trans-unit id="1"> has two segments with mid="1"\.$/u,
    ],
    ["a file without source-language", xliff(`<trans-unit id="1"><source>x</source></trans-unit>`, 'original="a" datatype="plaintext"'), 3, /source-language/u],
    ["an <xliff> without <file>", `<xliff xmlns="${NS}" version="1.2"/>`, 1, /^Line 1: <xliff> has no <file> element\.$/u],
    ["XLIFF 2 namespace", `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"/>`, 1, /neither XLIFF 1\.2 nor 1\.1/u],
  ])("refuses %s", (_name, xml, line, message) => {
    const error = refusal(xml);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });

  it("refuses malformed XML with its line (the shared XML reader)", () => {
    expect(refusal(xliff(`<trans-unit id="1"><source>Il pleut.</trans-unit>`))).toMatchObject({ reason: "MALFORMED_XML", line: 5 });
  });
});

describe("files made by translate-toolkit 3.8.4", () => {
  it("imports po2xliff's XLIFF 1.1: header unit skipped, languages from the PO header, fuzzy as new, translated as translated", () => {
    const doc = parseXliff12(toolkit("article.fr-en.xlf"));
    expect(checkLanguagePair(doc.sourceLanguage, doc.targetLanguage)).toEqual({ sourceLanguage: "fr", targetLanguage: "en" });
    expect(doc.units.map((u) => u.segments.map((s) => [s.source, s.target, s.status, s.notes ?? []]))).toEqual([
      [["La souveraineté numérique", "Digital sovereignty", "translated", ["developer: Titre de l'article"]]],
      [["Le Pentagone cite un risque pour la chaîne d’approvisionnement.", "The Pentagon cites a supply chain risk.", "translated", []]],
      [["Anthropic refuse.", "Anthropic refuses.", "new", ["po-translator: Vérifier le nom."]]],
      [["Pourquoi ?", "", "new", []]],
    ]);
  });

  it("takes X-Source-Language from the PO header when a tool wrote it", () => {
    const xml = toolkit("article.fr-en.xlf").replace("Language: en\n", "Language: en\nX-Source-Language: de\n");
    expect(parseXliff12(xml).sourceLanguage).toBe("de");
  });

  it("po2tmx's memory made without --source-language=fr claims English on both sides: every unit skipped, none read backwards", () => {
    const read = readTmxUnits(toolkit("article.default-languages.tmx"));
    expect([read.units.length, read.skipped]).toEqual([0, 2]);
  });

  it("po2tmx's memory reads into French → English units", () => {
    const read = readTmxUnits(toolkit("article.fr-en.tmx"));
    expect(read.skipped).toBe(0);
    expect(read.units.map((u) => [u.source.text, u.target.text])).toEqual([
      ["La souveraineté numérique", "Digital sovereignty"],
      ["Le Pentagone cite un risque pour la chaîne d’approvisionnement.", "The Pentagon cites a supply chain risk."],
    ]);
  });
});
