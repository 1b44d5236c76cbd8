import { describe, expect, it } from "vitest";
import { refusal } from "../../testing/refusal";
import { basicFile, BROKEN_CASES, GOOD_PARTS } from "../../testing/tbx-basic-cases";
import { readTbx } from "./parse-tbx";
import { writeTbx } from "./write-tbx";

describe("TBX-Basic constraints on import", () => {
  it("accepts a file that keeps them", () => {
    const file = basicFile(GOOD_PARTS);
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

  it.each(BROKEN_CASES)("refuses %s, naming the line", (_what, parts, line, message) => {
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

  it("reports, without refusing, a target that names nothing (LTAC's Schematron lets it pass), and exports it as a note", () => {
    const { entries, warnings } = readTbx(basicFile({ concept: `<ref type="crossReference" target="c99">voir</ref>` }));
    expect(warnings).toEqual([`Line 6: target "c99" is neither an http(s) address nor the id of an element of the file.`]);
    expect(writeTbx(entries)).toContain("<note>ref crossReference: voir (c99)</note>");
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
