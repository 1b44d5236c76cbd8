import fs from "node:fs";
import path from "node:path";
import { type SpecData, Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";
import { routeSession } from "./route-session";
import { apiRequest, routeParams, tokenFor } from "./api-harness";

// The OpenAPI document against the code: every route handler under app/api/v1 is described and
// every described operation exists; the document is well formed (ids, parameters, references);
// it passes the OAS 3.1 schema; its schemas are valid JSON Schema 2020-12 (the dialect OAS 3.1
// uses) and the real answers of the read endpoints match them.
vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
const { GET: getOpenApi } = await import("@/app/api/openapi.json/route");

const { db } = createTestDb();
routeSession.db = db;
afterAll(() => db.$disconnect());

type Operation = {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
type Doc = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};
let doc: Doc;
beforeAll(async () => {
  const response = getOpenApi();
  expect(response.headers.get("content-type")).toContain("application/json");
  doc = await response.json();
});

const V1 = path.resolve("app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** `projects/[projectId]/route.ts` → `/projects/{projectId}`, for every route file under app/api/v1. */
function routeFiles(dir = V1): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const operationsOf = (d: Doc) => Object.entries(d.paths).flatMap(([p, ops]) => Object.entries(ops).map(([method, op]) => ({ path: p, method, op })));

describe("GET /api/openapi.json", () => {
  it("describes exactly the route handlers under app/api/v1", async () => {
    const inCode: string[] = [];
    for (const file of routeFiles()) {
      const template =
        "/" +
        path
          .relative(V1, path.dirname(file))
          .split(path.sep)
          .map((part) => part.replace(/^\[(.+)\]$/, "{$1}"))
          .join("/");
      const handlers = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS) if (typeof handlers[method] === "function") inCode.push(`${method} ${template}`);
    }
    const inDocument = operationsOf(doc).map(({ path: p, method }) => `${method.toUpperCase()} ${p}`);
    expect(inCode.length).toBeGreaterThanOrEqual(13);
    expect(inDocument.sort()).toEqual(inCode.sort());
  });

  it("is a well-formed OpenAPI 3.1 document", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    const ids = operationsOf(doc).map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path: p, op } of operationsOf(doc)) {
      const inTemplate = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (op.parameters ?? []).filter((x) => x.in === "path");
      expect(declared.map((x) => x.name).sort(), op.operationId).toEqual(inTemplate);
      expect(
        declared.every((x) => x.required === true),
        op.operationId,
      ).toBe(true);
      expect(Object.keys(op.responses).length, op.operationId).toBeGreaterThan(0);
    }
    // Every reference points at a schema that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    for (const name of refs) expect(doc.components.schemas, name).toHaveProperty(name);
  });

  it("passes the OpenAPI 3.1 schema, and a broken copy does not", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as SpecData);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    const broken = structuredClone(doc) as Partial<Doc>;
    delete broken.info;
    expect((await new Validator().validate(broken as unknown as SpecData)).valid).toBe(false);
  });

  it("has schemas that compile as JSON Schema, and the read endpoints answer what they describe", async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    ajv.addSchema({ components: doc.components }, "doc");
    for (const name of Object.keys(doc.components.schemas)) expect(() => ajv.compile({ $ref: `doc#/components/schemas/${name}` }), name).not.toThrow();

    const owner = await createUser(db);
    const projectId = (await createProject(db, { actor: owner, name: "Doc" })).id;
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Une phrase. Une autre." });
    const segmentId = (await db.segment.findFirstOrThrow({ where: { documentId } })).id;
    await db.termEntry.create({ data: { projectId, source: "phrase", preferred: "sentence" } });
    const token = await tokenFor(db, owner, "write");
    const ids: Record<string, string> = { projectId, documentId, segmentId };
    await (
      await import("@/app/api/v1/segments/[segmentId]/comments/route")
    ).POST(apiRequest(`/segments/${segmentId}/comments`, { method: "POST", token, json: { body: "Hm." } }), routeParams({ segmentId }));
    const QUERY: Record<string, string> = { searchMemory: "?q=phrase", memoryMatches: "?source=Une%20phrase." };
    let checked = 0;
    for (const { path: p, method, op } of operationsOf(doc)) {
      const schema = op.responses["200"]?.content?.["application/json"]?.schema;
      if (method !== "get" || !schema) continue;
      const file = path.join(V1, p.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      const handler = ((await import(file)) as { GET: (r: unknown, c: unknown) => Promise<Response> }).GET;
      const url = p.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]) + (QUERY[op.operationId] ?? "");
      const response = await handler(apiRequest(url, { token }), routeParams(ids));
      expect(response.status, op.operationId).toBe(200);
      const body = await response.json();
      const validate = ajv.compile(rewrite(schema));
      expect(validate(body), `${op.operationId}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

/** A schema of the document with its references made absolute (to the "doc" schema added to ajv). */
function rewrite(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/'));
}
