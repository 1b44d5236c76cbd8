import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { basicFile, BROKEN_CASES, GOOD_PARTS } from "../../testing/tbx-basic-cases";
import { readTbx } from "./parse-tbx";
import { writeTbx } from "./write-tbx";

// LTAC's TBX-Basic DCA Schematron (TBX-Basic_DCA.sch) compiled to XSLT 2 with the ISO skeleton
// (github.com/Schematron/schematron, iso_svrl_for_xslt2.xsl), run by Saxon-HE (Debian package
// libsaxonhe-java): the dialect's own rules, not our reading of them.
const SAXON = "/usr/share/java/Saxon-HE.jar";
const ltac = (name: string) => new URL(`./__golden__/ltac/${name}`, import.meta.url);

/** The Schematron's failed assertions on `files` (name → XML), one Java start for all of them. */
function schematronFailures(files: Record<string, string>): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), "tbx-sch-"));
  mkdirSync(join(dir, "in"));
  mkdirSync(join(dir, "out"));
  for (const [name, xml] of Object.entries(files)) writeFileSync(join(dir, "in", `${name}.tbx`), xml);
  try {
    // -s:DIR transforms every file of the directory into -o:DIR.
    execFileSync(
      "java",
      ["-cp", SAXON, "net.sf.saxon.Transform", `-s:${join(dir, "in")}`, `-xsl:${ltac("TBX-Basic_DCA.xsl").pathname}`, `-o:${join(dir, "out")}`],
      {
        stdio: "pipe",
      },
    );
  } catch (error) {
    throw new Error(
      `Saxon could not run the TBX-Basic Schematron (install Debian's libsaxonhe-java): ${String((error as { stderr?: Buffer }).stderr ?? error)}`,
    );
  }
  return Object.fromEntries(
    Object.keys(files).map((name) => {
      const svrl = readFileSync(join(dir, "out", `${name}.tbx.xml`), "utf8");
      return [name, [...svrl.matchAll(/<svrl:failed-assert[\s\S]*?<svrl:text>([\s\S]*?)<\/svrl:text>/gu)].map((m) => m[1].trim())];
    }),
  );
}

describe("our TBX exports pass the TBX-Basic DCA Schematron", () => {
  it("for the astronomy example round trip, an empty glossary, free-text parts of speech and a TBX 2008 import", () => {
    const example = readFileSync(ltac("Example_Astronomy_DCA_VALID.tbx"), "utf8").replaceAll('xml:lang="es"', 'xml:lang="fr"');
    const martif = `<martif type="TBX"><text><body><termEntry id="t1"><descrip type="subjectField">droit</descrip>
      <langSet xml:lang="fr"><tig><term>loi</term><termNote type="normativeAuthorization">preferredTerm</termNote><termNote type="usageRegister">formal</termNote></tig></langSet>
      <langSet xml:lang="en"><tig><term>act</term><descrip type="definition">A statute.</descrip><xref target="fiche-12">fiche</xref></tig></langSet></termEntry></body></text></martif>`;
    const failures = schematronFailures({
      // What the checker itself says of a broken file, so a silent checker cannot pass this test.
      broken: example.replace('partOfSpeech">noun', 'partOfSpeech">proper noun'),
      example: writeTbx(JSON.parse(JSON.stringify(readTbx(example).entries))),
      empty: writeTbx([]),
      freeText: writeTbx([
        { source: "Paris", preferred: "Paris", partOfSpeech: "proper noun", domain: "géographie", sourceUrl: "https://fr.wikipedia.org/wiki/Paris" },
        { source: "mettre en œuvre", preferred: "implement", admitted: ["carry out"], forbidden: ["realize"], partOfSpeech: "locution verbale" },
      ]),
      martif: writeTbx(readTbx(martif).entries),
      // What write-tbx.test.ts writes from hand-made entries (hostile characters, no English…).
      written: readFileSync(new URL("./__golden__/written.tbx", import.meta.url), "utf8"),
    });
    expect(failures.broken).toContain("/partOfSpeech/ type may be: 'adjective' or 'noun' or 'other' or 'verb' or 'adverb'");
    expect(failures).toMatchObject({ example: [], empty: [], freeText: [], martif: [], written: [] });
  });

  it("agrees with our import checks: what they accept passes it, what they refuse for a data category fails it", () => {
    // Not compared: a termSec with two terms breaks the core grammar (RELAX NG), which the Schematron
    // does not check; and the Schematron's lists of allowed `type` values have attribute contexts
    // (`tbx:termNote/@type`), which the ISO skeleton compiled here never visits (its global
    // `context-xpath` tests `parent::node()` on the document node), so that rule is ours alone.
    // Likewise its transactionType picklist is a second rule with the same context as the level rule
    // in one pattern, and Schematron fires only the first rule a node matches.
    const skipped = ["a termSec with two terms", "a data category Basic lacks", "a transaction type outside the picklist"];
    const cases = BROKEN_CASES.filter(([what]) => !skipped.includes(what));
    const failures = schematronFailures({ good: basicFile(GOOD_PARTS), ...Object.fromEntries(cases.map(([, parts], k) => [`case${k}`, basicFile(parts)])) });
    expect(failures.good).toEqual([]);
    cases.forEach(([what], k) => expect(failures[`case${k}`], what).not.toEqual([]));
  });
});
