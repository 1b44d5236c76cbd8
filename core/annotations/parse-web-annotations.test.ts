import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { parseWebAnnotations } from "./parse-web-annotations";
import { WEB_ANNOTATION_LIMITS } from "./web-annotation-schema";

const golden = (name: string) => readFileSync(new URL(`./__golden__/${name}`, import.meta.url), "utf8");

/** A minimal valid annotation, to break one part at a time. */
const note = (exact = "Pentagone", extra: Record<string, unknown> = {}) => ({
  type: "Annotation",
  body: { type: "TextualBody", value: "Une note." },
  target: { source: "urn:x:segment:1", selector: { type: "TextQuoteSelector", exact } },
  ...extra,
});

function refusal(json: string, options?: { maxItems?: number }): { message: string; reason: unknown } {
  try {
    parseWebAnnotations(json, options);
  } catch (error) {
    if (isDomainError(error, "INVALID_INPUT")) return { message: error.message, reason: error.details?.reason };
    throw error;
  }
  throw new Error("not refused");
}

describe("parseWebAnnotations: containers", () => {
  const items = [note("un"), note("deux")];
  it.each([
    ["an AnnotationCollection with an embedded page", { type: "AnnotationCollection", first: { type: "AnnotationPage", items } }],
    ["an AnnotationCollection whose first is an array", { type: "AnnotationCollection", first: items }],
    ["an AnnotationPage", { type: "AnnotationPage", items }],
    ["a bare array", items],
  ])("reads %s", (_name, root) => {
    expect(parseWebAnnotations(JSON.stringify(root)).map((a) => a.anchor.exact)).toEqual(["un", "deux"]);
  });

  it("reads a single Annotation", () => {
    expect(parseWebAnnotations(JSON.stringify(note()))).toEqual([
      { kind: "note", segmentRef: "urn:x:segment:1", anchor: { exact: "Pentagone", prefix: "", suffix: "", start: null, end: null }, note: "Une note." },
    ]);
  });
});

describe("parseWebAnnotations: other tools' annotations", () => {
  it("imports a Hypothesis-style annotation (quote only, Markdown body without purpose, extra fields)", () => {
    expect(parseWebAnnotations(golden("hypothesis-annotation.json"))).toEqual([
      {
        kind: "note",
        segmentRef: "https://www.example.fr/2026/02/28/anthropic-pentagone",
        anchor: {
          exact: "risque pour la chaîne d’approvisionnement",
          prefix: "classifiant Anthropic comme « ",
          suffix: " en matière de sécurité nationale",
          start: null,
          end: null,
        },
        note: "Désignation réservée d’habitude aux **adversaires étrangers**.",
        created: "2026-02-28T18:04:12.345Z",
      },
    ]);
  });

  it("reads bodyValue, skips tags and links, and keeps describing text as a note when there is no gloss", () => {
    const [a] = parseWebAnnotations(
      JSON.stringify(
        note("IA", {
          motivation: ["describing"],
          body: [
            "https://example.org/linked",
            { type: "TextualBody", value: "ia", purpose: "tagging" },
            { type: "TextualBody", value: "Intelligence artificielle." },
          ],
          bodyValue: "Sigle.",
        }),
      ),
    );
    expect(a).toMatchObject({ kind: "note", note: "Intelligence artificielle.\n\nSigle." });
  });

  it("makes a gloss of identifying bodies, the English one preferred, the others admitted", () => {
    const [a] = parseWebAnnotations(
      JSON.stringify(
        note("IA", {
          body: [
            { type: "TextualBody", value: "KI", language: "de", purpose: "identifying" },
            { type: "TextualBody", value: "AI", language: "en-GB", purpose: "identifying" },
          ],
        }),
      ),
    );
    expect(a).toMatchObject({ kind: "gloss", note: "", gloss: { source: "IA", preferred: "AI", admitted: ["KI"] } });
  });

  it("imports our own golden export", () => {
    const imported = parseWebAnnotations(golden("collection.jsonld"));
    expect(imported.map((a) => a.kind)).toEqual(["gloss", "gloss", "note", "note"]);
  });
});

describe("parseWebAnnotations: refusals", () => {
  const long = (n: number) => "x".repeat(n + 1);
  it.each<[string, string, string | RegExp, { maxItems?: number }?]>([
    ["malformed JSON", '{ "type": ', /^The file is not valid JSON/],
    ["a JSON number", "42", /^The file is not a W3C Web Annotation file/],
    ["an unrelated object", JSON.stringify({ entries: [] }), /^The file is not a W3C Web Annotation file/],
    [
      "a collection whose page is only linked",
      JSON.stringify({ type: "AnnotationCollection", total: 3, first: "https://x/page1" }),
      /first page is not in the file/,
    ],
    ["a page linking to more pages", JSON.stringify({ type: "AnnotationPage", items: [note()], next: "https://x/page2" }), /links to further pages/],
    ["too many items", JSON.stringify([note(), note(), note()]), "The file has 3 annotations; at most 2 can be imported at once.", { maxItems: 2 }],
    [
      "an annotation without TextQuoteSelector",
      JSON.stringify([note(), note(), { type: "Annotation", target: { source: "urn:x", selector: { type: "TextPositionSelector", start: 0, end: 3 } } }]),
      "Annotation 3 has no TextQuoteSelector: Lisière anchors annotations to quoted text.",
    ],
    ["an annotation whose target is only an IRI", JSON.stringify({ type: "Annotation", target: "https://x/page" }), /^Annotation 1 has no TextQuoteSelector/],
    ["an annotation without target", JSON.stringify([{ type: "Annotation", body: { value: "x" } }]), "Annotation 1: target is missing."],
    ["an item that is not an object", JSON.stringify([note(), "oops"]), "Annotation 2 is not a JSON object."],
    ["a blank quote", JSON.stringify(note("  ")), /^Annotation 1 has a TextQuoteSelector with no quote/],
    ["a quote that is not text", JSON.stringify(note(7 as unknown as string)), "Annotation 1: target[0].selector[0].exact must be text."],
    [
      "an overlong quote",
      JSON.stringify(note(long(WEB_ANNOTATION_LIMITS.quote))),
      "Annotation 1: target[0].selector[0].exact is longer than 10000 characters.",
    ],
    [
      "an overlong note",
      JSON.stringify(note("x", { body: { value: long(WEB_ANNOTATION_LIMITS.text) } })),
      "Annotation 1: body[0].value is longer than 20000 characters.",
    ],
    [
      "an overlong term",
      JSON.stringify(note("x", { "lisiere:admitted": ["ok", long(WEB_ANNOTATION_LIMITS.term)] })),
      "Annotation 1: lisiere:admitted[1] is longer than 1000 characters.",
    ],
    ["a date that is no date", JSON.stringify(note("x", { created: "yesterday" })), "Annotation 1: created is not a date."],
    [
      "a negative offset",
      JSON.stringify({
        type: "Annotation",
        target: {
          selector: [
            { type: "TextQuoteSelector", exact: "x" },
            { type: "TextPositionSelector", start: -1, end: 3 },
          ],
        },
      }),
      "Annotation 1: target[0].selector[1].start must not be negative.",
    ],
    [
      "an inverted position",
      JSON.stringify({
        type: "Annotation",
        target: {
          selector: [
            { type: "TextQuoteSelector", exact: "x" },
            { type: "TextPositionSelector", start: 5, end: 3 },
          ],
        },
      }),
      "Annotation 1 has a TextPositionSelector that ends before it starts.",
    ],
  ])("refuses %s", (_name, json, message, options) => {
    const refused = refusal(json, options);
    if (typeof message === "string") expect(refused.message).toBe(message);
    else expect(refused.message).toMatch(message);
    expect(refused.reason).toBeTypeOf("string");
  });

  it("refuses more than 50,000 annotations by default", () => {
    const many = `[${Array.from({ length: WEB_ANNOTATION_LIMITS.items + 1 }, () => "{}").join(",")}]`;
    expect(refusal(many)).toEqual({ message: "The file has 50001 annotations; at most 50000 can be imported at once.", reason: "TOO_MANY_ITEMS" });
  });
});
