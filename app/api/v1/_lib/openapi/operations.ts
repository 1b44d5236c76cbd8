import { EXPORT_FORMATS } from "@/server/documents/export-document";
import { GLOSSARY_FORMATS } from "@/server/glossary/export-glossary";
import { listOf, ref } from "./schemas";

// The paths of /api/v1, one entry per route handler (a test checks both ways).

const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const errorResponse = (description: string) => ({ description, ...json(ref("Error")) });
const ERRORS = {
  "400": errorResponse("Invalid input (INVALID_INPUT)."),
  "401": errorResponse("No token, or an unknown, revoked or expired one (UNAUTHENTICATED)."),
  "403": errorResponse("The token's scope or the caller's role does not allow this (FORBIDDEN)."),
  "404": errorResponse("Not found, or not visible to the caller (NOT_FOUND)."),
  "429": {
    description: "Rate limit reached (RATE_LIMITED).",
    headers: { "Retry-After": { description: "Seconds until the window ends.", schema: { type: "integer" } } },
    ...json(ref("Error")),
  },
};
const param = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });
const query = (name: string, schema: Record<string, unknown>, description: string, required = false) => ({ name, in: "query", required, description, schema });
const ok = (schema: unknown, description = "OK") => ({ "200": { description, ...json(schema) }, ...ERRORS });
const file = (description: string) => ({
  "200": { description, content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
  ...ERRORS,
});

const PROJECT = param("projectId", "A project id (GET /projects).");
const DOCUMENT = param("documentId", "A document id.");
const SEGMENT = param("segmentId", "A segment id.");

export const PATHS = {
  "/projects": { get: { operationId: "listProjects", summary: "The caller's projects", tags: ["projects"], responses: ok(listOf("Project")) } },
  "/projects/{projectId}": {
    get: { operationId: "getProject", summary: "One project", tags: ["projects"], parameters: [PROJECT], responses: ok(ref("ProjectDetail")) },
  },
  "/projects/{projectId}/documents": {
    get: { operationId: "listDocuments", summary: "The project's documents", tags: ["documents"], parameters: [PROJECT], responses: ok(listOf("Document")) },
    post: {
      operationId: "importDocument",
      summary: "Import a file as a new document (write scope; translator, reviewer or owner)",
      description:
        "Send the file as the raw body with ?fileName=, or as multipart/form-data with a `file` field. Text, Markdown, HTML, Word and XLIFF are read.",
      tags: ["documents"],
      parameters: [
        PROJECT,
        query("fileName", { type: "string" }, "The file's name (raw body): its extension chooses text or Markdown."),
        query("title", { type: "string" }, "The document's title (default: from the file name)."),
        query("segmentation", { enum: ["sentence", "paragraph"], default: "sentence" }, "How the source is cut into segments."),
      ],
      requestBody: {
        required: true,
        content: {
          "application/octet-stream": { schema: { type: "string", format: "binary" } },
          "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] } },
        },
      },
      responses: {
        "201": { description: "Imported.", ...json(ref("Imported")) },
        ...ERRORS,
        "413": errorResponse("The file is over the size limit (TOO_LARGE)."),
        "422": errorResponse("The file cannot be read (UNREADABLE_FILE)."),
      },
    },
  },
  "/documents/{documentId}": {
    get: { operationId: "getDocument", summary: "One document", tags: ["documents"], parameters: [DOCUMENT], responses: ok(ref("DocumentDetail")) },
  },
  "/documents/{documentId}/segments": {
    get: {
      operationId: "listSegments",
      summary: "A page of the document's segments, in reading order",
      tags: ["segments"],
      parameters: [
        DOCUMENT,
        query("cursor", { type: "integer", minimum: 0 }, "The nextCursor of the previous page; omit for the first page."),
        query("limit", { type: "integer", minimum: 1, maximum: 500, default: 100 }, "Segments per page."),
      ],
      responses: ok(ref("SegmentPage")),
    },
  },
  "/documents/{documentId}/export": {
    get: {
      operationId: "exportDocument",
      summary: "Download the document in an export format",
      tags: ["documents"],
      parameters: [
        DOCUMENT,
        query("format", { enum: [...EXPORT_FORMATS] }, "The file format.", true),
        query("missing", { type: "string" }, "English formats: what stands for an untranslated segment (or `fail`: 409 when any is)."),
        query("drafts", { type: "string" }, "English formats: what to do with unconfirmed translations."),
      ],
      responses: { ...file("The file, as an attachment."), "409": errorResponse("missing=fail and some segments are untranslated.") },
    },
  },
  "/segments/{segmentId}": {
    get: { operationId: "getSegment", summary: "One segment", tags: ["segments"], parameters: [SEGMENT], responses: ok(ref("Segment")) },
    patch: {
      operationId: "saveSegment",
      summary: "Save a translation and/or ask for a status (write scope)",
      description: "baseVersion is the version you read; if the segment has been saved since, 409 with the current version and text, and nothing is written.",
      tags: ["segments"],
      parameters: [SEGMENT],
      requestBody: { required: true, ...json(ref("SegmentSave")) },
      responses: {
        ...ok(ref("Segment"), "Saved."),
        "409": { description: "Someone saved it first (CONFLICT), or QA errors block an approval.", ...json(ref("Conflict")) },
      },
    },
  },
  "/segments/{segmentId}/comments": {
    get: { operationId: "listComments", summary: "The segment's comment threads", tags: ["comments"], parameters: [SEGMENT], responses: ok(listOf("Thread")) },
    post: {
      operationId: "createComment",
      summary: "Start a comment thread on the segment (write scope)",
      tags: ["comments"],
      parameters: [SEGMENT],
      requestBody: { required: true, ...json(ref("NewComment")) },
      responses: { "201": { description: "Created.", ...json(ref("Comment")) }, ...ERRORS },
    },
  },
  "/projects/{projectId}/glossary": {
    get: {
      operationId: "getGlossary",
      summary: "The project's termbase as JSON, TBX or CSV",
      tags: ["glossary"],
      parameters: [PROJECT, query("format", { enum: ["json", ...GLOSSARY_FORMATS], default: "json" }, "json: the entries; tbx or csv: a file.")],
      responses: {
        "200": {
          description: "The entries, or the file.",
          content: { "application/json": { schema: listOf("TermEntry") }, "application/octet-stream": { schema: { type: "string", format: "binary" } } },
        },
        ...ERRORS,
      },
    },
  },
  "/projects/{projectId}/archive": {
    get: {
      operationId: "exportProjectArchive",
      summary: "Download the whole project as one zip",
      description:
        "documents/*.xlf (XLIFF 2.1, one per document), annotations/*.annotations.jsonld (W3C Web Annotations), glossary.tbx (TBX-Basic), memory.tmx (TMX 1.4b, the project's own memory) and manifest.json (project, languages, documents with their files and counts, creation time, app version). Made as it is downloaded.",
      tags: ["projects"],
      parameters: [PROJECT],
      responses: {
        "200": { description: "The zip, as an attachment.", content: { "application/zip": { schema: { type: "string", format: "binary" } } } },
        ...ERRORS,
      },
    },
  },
  "/projects/{projectId}/memory/search": {
    get: {
      operationId: "searchMemory",
      summary: "Concordance search in the memories the project reads",
      tags: ["memory"],
      parameters: [
        PROJECT,
        query("q", { type: "string", minLength: 1 }, "A word or phrase.", true),
        query("lang", { enum: ["fr", "en"], default: "fr" }, "Which side to search."),
        query("limit", { type: "integer", minimum: 1, maximum: 200, default: 50 }, "Lines at most."),
      ],
      responses: ok(listOf("ConcordanceHit")),
    },
  },
  "/projects/{projectId}/memory/matches": {
    get: {
      operationId: "memoryMatches",
      summary: "Fuzzy matches for a French sentence, best first",
      tags: ["memory"],
      parameters: [
        PROJECT,
        query("source", { type: "string", minLength: 1 }, "The French sentence.", true),
        query("minScore", { type: "integer", minimum: 1, maximum: 100 }, "Lowest score (default: the project's threshold)."),
        query("limit", { type: "integer", minimum: 1, maximum: 50, default: 10 }, "Matches at most."),
      ],
      responses: ok(listOf("TmMatch")),
    },
  },
} as const;
