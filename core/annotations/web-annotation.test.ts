import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeSpan } from "./span-anchor";
import { parseWebAnnotations, toWebAnnotationCollection, type AnnotationRecord, type WebAnnotationContext } from "./web-annotation";

const golden = (name: string) => new URL(`./__golden__/${name}`, import.meta.url);

const SEGMENT = "Le Pentagone a classé Anthropic comme « risque pour la chaîne d’approvisionnement », une désignation rare.";
const span = (quote: string) => describeSpan(SEGMENT, SEGMENT.indexOf(quote), SEGMENT.indexOf(quote) + quote.length);

const CONTEXT: WebAnnotationContext = {
  documentIri: "https://lisiere.example/documents/doc-1",
  documentTitle: "Anthropic et le Pentagone",
  segmentIri: (id) => `https://lisiere.example/documents/doc-1/segments/${id}`,
  annotationIri: (id) => `https://lisiere.example/annotations/${id}`,
};

const RECORDS: AnnotationRecord[] = [
  {
    id: "a1",
    kind: "gloss",
    segmentId: "s1",
    status: "anchored",
    anchor: span("risque pour la chaîne d’approvisionnement"),
    note: "Désignation officielle du Pentagone.",
    gloss: {
      source: "risque pour la chaîne d’approvisionnement",
      preferred: "supply chain risk",
      admitted: ["supply-chain risk"],
      forbidden: ["supply chain threat"],
      definition: "Qualification d’un fournisseur jugé dangereux pour la sécurité nationale.",
      domain: "défense",
      partOfSpeech: "noun",
      sourceUrl: "https://example.org/fiche?id=1&lang=fr",
    },
    author: { id: "u1", name: "Claire Martin" },
    created: "2026-03-01T09:30:00.000Z",
    modified: "2026-03-02T10:00:00.000Z",
  },
  {
    id: "a2",
    kind: "gloss",
    segmentId: "s1",
    status: "anchored",
    anchor: span("Pentagone"),
    note: "",
    gloss: { source: "Pentagone", preferred: "Pentagon" },
    author: null,
    created: "2026-03-01T09:31:00.000Z",
    modified: "2026-03-01T09:31:00.000Z",
  },
  {
    id: "a3",
    kind: "note",
    segmentId: "s1",
    status: "anchored",
    anchor: span("une désignation rare"),
    note: "Vérifier : « rare » ou « inédite » ?\nVoir la dépêche AFP.",
    author: { id: "u2", name: "Sam O’Neil" },
    created: "2026-03-03T08:00:00.000Z",
    modified: "2026-03-03T08:05:00.000Z",
  },
  {
    id: "a4",
    kind: "note",
    segmentId: null,
    status: "orphaned",
    anchor: { start: 12, end: 20, exact: "Hegseth", prefix: "secrétaire à la Défense, Pete ", suffix: ", a suivi" },
    note: "Le segment a été réécrit.",
    author: { id: "u1", name: "Claire Martin" },
    created: "2026-03-04T12:00:00.000Z",
    modified: "2026-03-04T12:00:00.000Z",
  },
];

describe("toWebAnnotationCollection", () => {
  it("matches the golden file (UPDATE_GOLDEN=1 rewrites it)", () => {
    const json = `${JSON.stringify(toWebAnnotationCollection(RECORDS, CONTEXT), null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden("collection.jsonld"), json);
    expect(json).toBe(readFileSync(golden("collection.jsonld"), "utf8"));
  });

  it("writes a collection with one embedded page", () => {
    const collection = toWebAnnotationCollection(RECORDS, CONTEXT) as { [k: string]: unknown; first: { items: Record<string, unknown>[] } };
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 4, label: "Annotations on “Anthropic et le Pentagone”" });
    expect(collection["@context"]).toContain("http://www.w3.org/ns/anno.jsonld");
    expect(collection.first.items.map((a) => a.motivation)).toEqual(["describing", "describing", "commenting", "commenting"]);
    // An orphan points at the document, by its quote alone.
    expect(collection.first.items[3].target).toEqual({
      source: CONTEXT.documentIri,
      selector: [{ type: "TextQuoteSelector", exact: "Hegseth", prefix: "secrétaire à la Défense, Pete ", suffix: ", a suivi" }],
    });
  });

  it("writes an empty collection without pages, as the model requires", () => {
    const collection = toWebAnnotationCollection([], CONTEXT);
    expect(collection).toMatchObject({ total: 0 });
    expect(collection).not.toHaveProperty("first");
    expect(parseWebAnnotations(JSON.stringify(collection))).toEqual([]);
  });
});

describe("export then import", () => {
  it("keeps kind, note, gloss, anchor, creation date and target", () => {
    const imported = parseWebAnnotations(JSON.stringify(toWebAnnotationCollection(RECORDS, CONTEXT)));
    expect(imported).toEqual(
      RECORDS.map((r) => ({
        kind: r.kind,
        segmentRef: r.status === "anchored" && r.segmentId ? CONTEXT.segmentIri(r.segmentId) : CONTEXT.documentIri,
        // An orphan's offsets are not exported: they refer to text the segment no longer has.
        anchor: {
          exact: r.anchor.exact,
          prefix: r.anchor.prefix,
          suffix: r.anchor.suffix,
          start: r.status === "anchored" ? r.anchor.start : null,
          end: r.status === "anchored" ? r.anchor.end : null,
        },
        note: r.note,
        ...(r.gloss && { gloss: r.gloss }),
        created: r.created,
      })),
    );
  });

  it("keeps text that JSON or a naive writer would mangle", () => {
    const hostile = `</script><b>"x"</b> & \\ \u2028 🙂 𝒜 \t\r\n`;
    const record: AnnotationRecord = { ...RECORDS[2], note: hostile, gloss: undefined };
    const [imported] = parseWebAnnotations(JSON.stringify(toWebAnnotationCollection([record], CONTEXT)));
    expect(imported.note).toBe(hostile);
  });
});
