import { SEGMENT_STATUSES } from "@/core/model/document";
import { TOKEN_SCOPES } from "@/core/access/permissions";

// JSON Schemas (2020-12, OpenAPI 3.1's dialect) of what the API sends and takes. Enumerations come
// from the code's own lists, so a new status or format appears here without a second edit.

const string = { type: "string" } as const;
const nullableString = { type: ["string", "null"] } as const;
const integer = { type: "integer" } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({ type: "object", properties, required });

export const SCHEMAS = {
  Error: object({
    error: object(
      { code: { ...string, description: "Stable code (NOT_FOUND, FORBIDDEN, CONFLICT, RATE_LIMITED…)." }, message: string, details: { type: "object" } },
      ["code", "message"],
    ),
  }),
  Progress: object({ segments: integer, segmentsDone: integer, words: integer, wordsDone: integer, byStatus: { type: "object" } }),
  Project: object({ id: string, name: string, description: string, role: string, documentCount: integer, progress: ref("Progress") }),
  ProjectDetail: {
    allOf: [ref("Project"), object({ sourceLanguage: string, targetLanguage: string, createdAt: dateTime })],
  },
  Document: object({ id: string, title: string, documentDate: nullableString, originFileName: nullableString, updatedAt: dateTime, progress: ref("Progress") }),
  DocumentDetail: { allOf: [ref("Document"), object({ projectId: string, segmentation: string, createdAt: dateTime })] },
  Imported: object({ documentId: string, segments: integer }),
  SegmentStatus: { type: "string", enum: [...SEGMENT_STATUSES] },
  Segment: object(
    {
      id: string,
      documentId: string,
      paragraphId: string,
      position: integer,
      sourceText: string,
      targetText: string,
      status: ref("SegmentStatus"),
      version: { ...integer, description: "What a save must send back as baseVersion." },
      sourceWords: integer,
      updatedAt: dateTime,
    },
    ["id", "position", "sourceText", "targetText", "status", "version", "updatedAt"],
  ),
  SegmentPage: object({ data: { type: "array", items: ref("Segment") }, nextCursor: { type: ["integer", "null"] } }),
  SegmentSave: {
    ...object({ targetText: { ...string, maxLength: 100_000 }, status: ref("SegmentStatus"), baseVersion: { ...integer, minimum: 1 } }, [
      "targetText",
      "baseVersion",
    ]),
    additionalProperties: false,
  },
  Conflict: {
    allOf: [
      ref("Error"),
      object({
        error: object({
          code: { const: "CONFLICT" },
          details: object({ currentVersion: integer, theirs: string, theirStatus: string, yours: string }, ["currentVersion", "theirs"]),
        }),
      }),
    ],
  },
  TermEntry: { ...object({ id: string, source: string, preferred: string }), additionalProperties: true },
  ConcordanceHit: object({
    unitId: integer,
    source: string,
    target: string,
    lang: { enum: ["fr", "en"] },
    start: integer,
    end: integer,
    provenance: { type: "object" },
  }),
  TmMatch: object(
    {
      unitId: integer,
      score: integer,
      kind: { enum: ["context", "exact", "fuzzy"] },
      source: string,
      target: string,
      insertText: string,
      provenance: { type: "object" },
    },
    ["unitId", "score", "kind", "source", "target"],
  ),
  Comment: object(
    {
      id: string,
      segmentId: nullableString,
      parentId: nullableString,
      body: string,
      authorName: nullableString,
      createdAt: dateTime,
      resolvedAt: nullableString,
    },
    ["id", "body", "createdAt"],
  ),
  Thread: object({ root: ref("Comment"), replies: { type: "array", items: ref("Comment") } }),
  NewComment: {
    ...object({ body: { ...string, minLength: 1, maxLength: 10_000 }, start: { ...integer, minimum: 0 }, end: { ...integer, minimum: 0 } }, ["body"]),
    additionalProperties: false,
  },
  TokenScope: { type: "string", enum: [...TOKEN_SCOPES] },
} as const;

export const listOf = (name: string) => object({ data: { type: "array", items: ref(name) } });
export { ref };
