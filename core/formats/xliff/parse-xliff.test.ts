import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { richDocument } from "./__fixtures__/rich-document";
import { parseXliff } from "./parse-xliff";
import { writeXliff } from "./write-xliff";
import { refusal } from "../../testing/refusal";

const fixture = (path: string) => readFileSync(new URL(`./__fixtures__/test-suite/${path}`, import.meta.url), "utf8");
const SUITE = ["core/valid", "core/in-out", "modules/valid"].flatMap((dir) =>
  readdirSync(new URL(`./__fixtures__/test-suite/${dir}`, import.meta.url))
    .filter((f) => f.endsWith(".xlf"))
    .map((f) => `${dir}/${f}`),
);

const xliff = (body: string, attributes = `version="2.1" srcLang="fr" trgLang="en"`) =>
  `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" ${attributes}>\n<file id="f1">\n${body}\n</file>\n</xliff>`;

describe("parseXliff reads what writeXliff writes", () => {
  it("round-trips the rich document exactly", () => {
    expect(parseXliff(writeXliff(richDocument()))).toEqual(richDocument());
  });

  it("reads the golden file back to the document", () => {
    const golden = readFileSync(new URL("./__golden__/rich.xlf", import.meta.url), "utf8");
    expect(parseXliff(golden)).toEqual(richDocument());
  });
});

describe("parseXliff reads comment threads", () => {
  const note = (attributes: string, text = "Body") => `<note ${attributes}>${text}</note>`;
  const unit = (...notes: string[]) =>
    xliff(
      `<unit id="u1"><notes>${notes.join("")}</notes><segment id="a"><source>Un.</source><target>One.</target></segment><segment id="b"><source>Deux.</source><target>Two.</target></segment></unit>`,
    ).replace("<xliff ", '<xliff xmlns:lis="urn:lisiere:xliff" ');

  it("gives our comment notes to the segment they name, as comments and not as notes", () => {
    const [a, b] = parseXliff(
      unit(
        note('id="c-r1" category="comment" lis:segment="b" lis:created="2026-03-01T00:00:00Z" lis:start="0" lis:end="3" lis:exact="Two"', " Line 1\nLine 2 "),
        note('id="c-r2" category="comment" lis:segment="b" lis:created="2026-03-02T00:00:00Z" lis:replyTo="c-r1" lis:author="Bob"', "Reply"),
        note('id="c-r3" category="comment" lis:segment="missing" lis:created="2026-03-03T00:00:00Z" lis:resolved="2026-03-04T00:00:00Z"', "On the first"),
        note('id="c-r4" category="comment" lis:segment="b" lis:created="2026-03-03T00:00:00Z"', "  "),
      ),
    ).units[0].segments;
    expect(a.comments).toEqual([{ id: "r3", created: "2026-03-03T00:00:00Z", resolved: "2026-03-04T00:00:00Z", body: "On the first" }]);
    expect(b.comments).toEqual([
      { id: "r1", created: "2026-03-01T00:00:00Z", body: "Line 1\nLine 2", span: { start: 0, end: 3, exact: "Two" } },
      { id: "r2", replyTo: "r1", author: "Bob", created: "2026-03-02T00:00:00Z", body: "Reply" },
    ]);
    expect([a.notes, b.notes]).toEqual([undefined, undefined]);
  });

  it("keeps other notes as notes, even in the comment category", () => {
    const [a] = parseXliff(unit(note('id="c-1" category="comment"', "Foreign"), note('id="x" category="comment" lis:created="2026-03-01"', "No c- id")))
      .units[0].segments;
    expect(a.notes).toEqual(["Foreign", "No c- id"]);
    expect(a.comments).toBeUndefined();
  });
});

describe("parseXliff reads the OASIS XLIFF 2.1 test suite", () => {
  it.each(SUITE)("%s", (path) => {
    const doc = parseXliff(fixture(path));
    const segments = doc.units.flatMap((u) => u.segments);
    // The one valid file with no unit at all: a file holding an empty group.
    if (path.endsWith("almostEmpty.xlf")) expect(doc.units).toEqual([]);
    else expect(segments.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps the text of inline codes and annotations (sample1, everything-core, toSegment)", () => {
    const sample = parseXliff(fixture("core/valid/sample1.xlf"));
    expect(sample).toMatchObject({ title: "f1", sourceLanguage: "en", targetLanguage: "de" });
    expect(sample.units[0].segments[0]).toEqual({
      id: "s1",
      source: "Press the TAB key.",
      target: "Drücken Sie die TAB-TASTE.",
      status: "draft",
      // The entry's second translation is another acceptable one: an admitted term.
      terms: [
        {
          source: "TAB key",
          preferred: "Tabstopptaste",
          admitted: ["TAB-TASTE"],
          definition: "A keyboard key that is traditionally used to insert tab characters into a document.",
        },
      ],
    });
    const everything = parseXliff(fixture("core/valid/everything-core.xlf"));
    expect(everything.title).toBe("myfile");
    expect(everything.units.map((u) => u.id)).toEqual(["tu1", "tu3", "tu3end", "tu2"]);
    expect(everything.units[0].segments.map((s) => [s.source, s.target, s.status])).toEqual([
      ["Sample segment.", "Exemple de segment.", "translated"],
      ["Segment's content.", "Contenu du segment.", "draft"],
    ]);
    // The file is xml:space="preserve": the line break inside the source is kept.
    expect(everything.units[3].segments[0].source).toBe("special text and more\n.");
    const toSegment = parseXliff(fixture("core/valid/toSegment.xlf")).units[0].segments;
    expect(toSegment.map((s) => s.source)).toEqual([
      "Sentence 1. Sentence 2. Sentence 3. Sentence 4.",
      "Sentence [  ] 5. Sentence [  ] 6. ",
      "Sentence 7. Sentence 8.",
      "Sentence 9. Sentence 10.",
    ]);
  });

  it("maps states back to statuses", () => {
    const statuses = parseXliff(fixture("core/in-out/toJoin4_in.xlf")).units[0].segments.map((s) => s.status);
    expect(statuses).toEqual(["translated", "translated", "translated", "translated", "approved", "reviewed"]);
    expect(parseXliff(fixture("core/valid/toSegmentAndOrder.xlf")).units[0].segments.map((s) => s.status)).toEqual(["draft", "draft", "new", "draft"]);
  });

  it("places notes: by comment reference, inline comment values, file and group notes first", () => {
    const [s1, s2] = parseXliff(fixture("core/valid/withNotes_complex.xlf")).units[0].segments;
    expect(s1.notes?.at(-1)).toBe(`lower priority note content for the inline comment delimited with <mrk id="5">`);
    expect(s1.notes?.[0]).toBe("note for file");
    expect(s2.notes).toEqual([
      "an inline comment applying just to the delimited target span",
      `note content for the inline comment delimited with <mrk id="3">`,
    ]);
    expect(parseXliff(fixture("core/valid/withCommentAnnotations.xlf")).units[0].segments[0].notes).toEqual(["the comment", "note"]);
  });

  it("concatenates files, keeping unit ids unique", () => {
    const doc = parseXliff(fixture("core/valid/withReferences.xlf"));
    expect(doc.units.map((u) => u.id)).toEqual(["u1", "2", "f2-u1"]);
    expect(doc.units[2].segments[0]).toMatchObject({
      source: "Sentence 1.",
      target: "Phrase 1.",
      notes: ["note for file (f2)", "note for group", "note for unit"],
    });
  });

  it("reads CDATA, ph equiv (not disp), pc equivStart/End, cp, and skips ignorables", () => {
    expect(parseXliff(fixture("core/valid/withCDataSections.xlf")).units[0].segments).toEqual([
      { id: "s1", source: "source & and < etc.", target: "target & and < etc.", status: "draft" },
    ]);
    const doc = parseXliff(
      xliff(`<unit id="u"><segment><source>A<ph id="1" disp="{1}" equiv=" "/>B<ph id="2" disp="[img]"/>C <pc id="3" equivStart="«" equivEnd="»">cité</pc><cp hex="0007"/></source></segment>
<ignorable><source> </source></ignorable><segment id="x"><source><sc id="4"/>fin<ec startRef="4"/></source><target/></segment></unit>`),
    );
    expect(doc.units[0].segments.map((s) => [s.id, s.source, s.status])).toEqual([
      ["s1", "A BC «cité»\u0007", "new"],
      ["x", "fin", "new"],
    ]);
  });

  it("reads statuses another tool wrote, trusting our subStates only beside their state", () => {
    const seg = (attrs: string, target = "<target>T</target>") => `<segment ${attrs}><source>S</source>${target}</segment>`;
    const doc = parseXliff(
      xliff(
        `<unit id="u">${[
          seg(`state="initial"`),
          seg(`state="initial"`, ""),
          seg(`state="reviewed" subState="lis:rejected"`),
          seg(`state="final" subState="lis:draft"`),
          seg(`state="translated" subState="other:x"`),
        ].join("")}</unit>`,
      ),
    );
    expect(doc.units[0].segments.map((s) => [s.status, s.target])).toEqual([
      ["draft", "T"],
      ["new", ""],
      ["rejected", "T"],
      ["approved", "T"],
      ["translated", "T"],
    ]);
  });
});

describe("parseXliff refuses with a coded error and the line", () => {
  it("refuses malformed XML", () => {
    const error = refusal(() => parseXliff(xliff(`<unit id="u"><segment><source>a</target></segment></unit>`)));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details).toMatchObject({ reason: "MALFORMED_XML", line: 4 });
    expect(error.message).toMatch(/line 4/u);
  });

  it("refuses the billion laughs before expanding anything", () => {
    const lol = `<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!ENTITY a "aaaaaaaaaa">\n${Array.from({ length: 9 }, (_, k) => `<!ENTITY ${"b".repeat(k + 1)} "${`&${k === 0 ? "a" : "b".repeat(k)};`.repeat(10)}">`).join("\n")}\n]>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr"><file id="f"><unit id="u"><segment><source>&bbbbbbbbb;</source></segment></unit></file></xliff>`;
    const started = performance.now();
    const error = refusal(() => parseXliff(lol));
    expect(error.details).toMatchObject({ reason: "HOSTILE_XML", line: 2 });
    expect(error.message).toMatch(/entities.*line 2/u);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses an external entity", () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE xliff [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n${xliff(`<unit id="u"><segment><source>&xxe;</source></segment></unit>`).split("\n").slice(1).join("\n")}`;
    const error = refusal(() => parseXliff(xxe));
    expect(error.details).toMatchObject({ reason: "HOSTILE_XML" });
    expect(error.message).not.toContain("root:");
  });

  it("refuses XLIFF 1.2", () => {
    const xml = `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="a.txt" source-language="fr" target-language="en" datatype="plaintext"><body><trans-unit id="1"><source>Bonjour</source></trans-unit></body></file>\n</xliff>`;
    const error = refusal(() => parseXliff(xml));
    expect(error.details).toMatchObject({ reason: "UNSUPPORTED_VERSION", line: 2 });
    expect(error.message).toBe("Line 2: This is XLIFF 1.2; only XLIFF 2.x files can be imported (export XLIFF 2.0 or 2.1 from your tool).");
  });

  it("refuses other versions and namespaces", () => {
    expect(refusal(() => parseXliff(xliff("", `version="3.0" srcLang="fr"`))).details).toMatchObject({ reason: "UNSUPPORTED_VERSION" });
    expect(refusal(() => parseXliff(xliff("", `srcLang="fr"`))).message).toBe("Line 2: <xliff> has no version attribute.");
    const wrongNs = `<xliff xmlns="urn:example" version="2.1" srcLang="fr"><file id="f"/></xliff>`;
    expect(refusal(() => parseXliff(wrongNs)).details).toMatchObject({ reason: "NOT_XLIFF", namespace: "urn:example" });
  });

  it("refuses a root that is not <xliff>", () => {
    const error = refusal(() => parseXliff(`<?xml version="1.0"?>\n<tmx version="1.4"><body/></tmx>`));
    expect(error.details).toMatchObject({ reason: "NOT_XLIFF", line: 2 });
    expect(error.message).toBe("Line 2: The file is XML but not XLIFF: its root element is <tmx>, not <xliff>.");
  });

  it("refuses a segment without source, and a unit without segments", () => {
    const noSource = refusal(() => parseXliff(xliff(`<unit id="u">\n<segment id="s1"><target>x</target></segment>\n</unit>`)));
    expect(noSource.message).toBe("Line 5: <segment> has no <source>.");
    expect(noSource.details).toMatchObject({ reason: "XLIFF_VIOLATION", code: "NO_SOURCE", line: 5 });
    const noSegment = refusal(() => parseXliff(xliff(`<unit id="u7"><ignorable><source> </source></ignorable></unit>`)));
    expect(noSegment.message).toBe(`Line 4: <unit id="u7"> has no <segment>, so nothing in it can be translated.`);
    expect(refusal(() => parseXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr"/>`)).message).toBe(
      "Line 1: <xliff> has no <file> element.",
    );
  });

  it("refuses input over the size limit (20 MB by default), counting UTF-8 bytes", () => {
    const xml = xliff(`<!-- ${"é".repeat(600)} --><unit id="u"><segment><source>a</source></segment></unit>`);
    expect(parseXliff(xml, { maxBytes: 2000 }).units).toHaveLength(1);
    const error = refusal(() => parseXliff(xml, { maxBytes: 1000 }));
    expect(error.code).toBe("TOO_LARGE");
    expect(refusal(() => parseXliff(" ".repeat(20 * 1024 * 1024 + 1))).code).toBe("TOO_LARGE");
  });
});
