import { describe, expect, it } from "vitest";
import { refusal } from "../../testing/refusal";
import { readTbx } from "./parse-tbx";

/** A TBX-Basic file whose French termSec holds `termSec` extras and whose concept holds `concept` extras (line 6 on). */
function basicFile({ concept = "", lang = "", term = "" }: { concept?: string; lang?: string; term?: string }): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">`,
    `<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>`,
    `<text><body>`,
    `<conceptEntry id="c1">`,
    concept,
    `<langSec xml:lang="fr">`,
    lang,
    `<termSec><term>amas ouvert</term>`,
    term,
    `</termSec></langSec>`,
    `<langSec xml:lang="en"><termSec><term>open cluster</term></termSec></langSec>`,
    `</conceptEntry></body></text></tbx>`,
  ].join("\n");
}

describe("TBX-Basic constraints on import", () => {
  it("accepts a file that keeps them", () => {
    const file = basicFile({
      concept: `<descrip type="subjectField">astronomie</descrip><ref type="crossReference" target="c1">voir</ref>`,
      lang: `<descripGrp><descrip type="definition">Groupe d’étoiles.</descrip><admin type="source">Larousse</admin></descripGrp>`,
      term: `<termNote type="partOfSpeech">noun</termNote><termNote type="grammaticalGender">masculine</termNote><termNote type="geographicalUsage">fr-CA</termNote>`,
    });
    const { entries, warnings } = readTbx(file);
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      source: "amas ouvert",
      preferred: "open cluster",
      definition: "Groupe d’étoiles.",
      domain: "astronomie",
      partOfSpeech: "noun",
    });
  });

  it.each([
    [
      "a part of speech outside the picklist",
      { term: `<termNote type="partOfSpeech">proper noun</termNote>` },
      10,
      /partOfSpeech "proper noun" is not one of/u,
    ],
    ["an unknown status", { term: `<termNote type="administrativeStatus">preferred</termNote>` }, 10, /administrativeStatus "preferred"/u],
    [
      "a context at concept level",
      { concept: `<descrip type="context">Il observe un amas.</descrip>` },
      6,
      /context may only appear at level\(s\) termSec, not conceptEntry/u,
    ],
    ["a subject field in a language section", { lang: `<descrip type="subjectField">astronomie</descrip>` }, 8, /subjectField may only appear/u],
    [
      "a termNote outside a termSec",
      { lang: `<termNote type="partOfSpeech">noun</termNote>` },
      8,
      /partOfSpeech may only appear at level\(s\) termSec, not langSec/u,
    ],
    ["a data category Basic lacks", { term: `<termNote type="usageRegister">formal</termNote>` }, 10, /usageRegister.*not a TBX-Basic data category/u],
    ["an empty data category", { term: `<admin type="">x</admin>` }, 10, /no data category/u],
    ["a target that names nothing", { concept: `<ref type="crossReference" target="c99">voir</ref>` }, 6, /target "c99"/u],
    [
      "a transaction type outside the picklist",
      { concept: `<transacGrp><transac type="transactionType">deletion</transac></transacGrp>` },
      6,
      /transactionType "deletion"/u,
    ],
    ["a termSec with two terms", { term: `<term>amas</term>` }, 9, /2 <term> elements/u],
  ])("refuses %s, naming the line", (_what, parts, line, message) => {
    const error = refusal(() => readTbx(basicFile(parts)));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details).toMatchObject({ reason: "BREAKS_TBX_BASIC", line });
    expect(error.message).toMatch(new RegExp(`^Line ${line}: `, "u"));
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
  });

  it("refuses a concept without an id and a language section without terms", () => {
    const noId = basicFile({}).replace(`<conceptEntry id="c1">`, `<conceptEntry>`);
    expect(refusal(() => readTbx(noId)).message).toMatch(/^Line 5: <conceptEntry> has no id/u);
    const noTerms = basicFile({}).replace(`<langSec xml:lang="en"><termSec><term>open cluster</term></termSec></langSec>`, `<langSec xml:lang="en"></langSec>`);
    expect(refusal(() => readTbx(noTerms)).message).toMatch(/^Line 12: <langSec> has no <termSec>/u);
  });

  it("reports, without refusing, DCT-style elements in a DCA file and elements it does not know", () => {
    const file = basicFile({ term: `<basic:partOfSpeech xmlns:basic="http://www.tbxinfo.net/ns/basic">noun</basic:partOfSpeech><foo>bar</foo>` });
    const { entries, warnings } = readTbx(file);
    expect(entries[0].partOfSpeech).toBe("noun");
    expect(warnings).toEqual([
      "Line 10: DCT-style element <partOfSpeech> in a DCA-style file, read as its DCA equivalent.",
      "Line 10: <foo> is not a data category TBX-Basic knows; it was ignored.",
    ]);
  });

  it("does not hold files that do not claim to be TBX-Basic to its rules", () => {
    const other = basicFile({ term: `<termNote type="partOfSpeech">proper noun</termNote>` }).replace(`type="TBX-Basic"`, `type="TBX-Default"`);
    expect(readTbx(other).entries[0].partOfSpeech).toBe("proper noun");
  });
});
