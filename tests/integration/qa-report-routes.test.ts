import { spawnSync } from "node:child_process";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readCsvRecords } from "@/core/formats/csv/rfc4180";
import { readXml, type XmlElement } from "@/core/formats/tbx/read-xml";
import type { Actor } from "@/server/access/actor";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { createTermEntry } from "@/server/glossary/create-term-entry";
import { createProject } from "@/server/projects/create-project";
import { checkSegment } from "@/server/qa/check-segment";
import { ignoreQaIssue } from "@/server/qa/ignore-qa-issue";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";
import { routeSession } from "./route-session";

// GET /api/documents/:id/qa-report (CSV) and /export?format=xliff&qa=1 as the export menu calls
// them; only the session lookup is faked.
vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
const report = await import("@/app/api/documents/[documentId]/qa-report/route");
const exporter = await import("@/app/api/documents/[documentId]/export/route");

const { db } = createTestDb();
routeSession.db = db;
afterAll(() => db.$disconnect());

const ITS_XSD = path.resolve("core/formats/xliff/__fixtures__/schemas/xliff-with-its.xsd");
const TARGETS = ["The contract is worth $200 millions.", "The Pentagon cites a procurement risk.", "It is rainning."];
let owner: Actor;
let outsider: Actor;
let documentId: string;

beforeAll(async () => {
  owner = await createUser(db);
  outsider = await createUser(db);
  const projectId = (await createProject(db, { actor: owner, name: "Rapport" })).id;
  await createTermEntry(db, {
    actor: owner,
    projectId,
    fields: { source: "risque pour la chaîne d'approvisionnement", preferred: "supply chain risk", forbidden: ["procurement risk"] },
  });
  ({ documentId } = await importDocument(db, {
    actor: owner,
    projectId,
    content: "Le contrat vaut 200 millions de dollars. Le Pentagone évoque un risque pour la chaîne d’approvisionnement. Il pleut.",
    title: "Contrat & risque",
  }));
  const segments = (await getWorkbench(db, { actor: owner, documentId })).segments;
  for (const [k, segment] of segments.entries()) {
    await saveSegment(db, { actor: owner, segmentId: segment.id, baseVersion: segment.version, targetText: TARGETS[k], status: "translated" });
  }
  // The magnitude is ignored, with a reason: the report keeps it, marked.
  const { issues } = await checkSegment(db, { actor: owner, segmentId: segments[0].id });
  const magnitude = issues.find((issue) => issue.code === "magnitude")!;
  await ignoreQaIssue(db, { actor: owner, segmentId: segments[0].id, fingerprint: magnitude.fingerprint, code: "magnitude", reason: "Quoted as written" });
});

const get = (route: "qa-report" | "export", query: string) => {
  const request = new NextRequest(`http://localhost/api/documents/${documentId}/${route}?${query}`);
  const params = { params: Promise.resolve({ documentId }) };
  return route === "qa-report" ? report.GET(request, params) : exporter.GET(request, params);
};

describe("the QA report as CSV", () => {
  it("downloads one row per issue in document order, messages in the asked language, ignored ones with their reason", async () => {
    routeSession.actor = owner;
    const response = await get("qa-report", "lang=fr");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain('filename="Contrat-risque.qa.csv"');
    const [header, ...rows] = readCsvRecords((await response.text()).replace(/^\uFEFF/u, ""), ",");
    expect(header.fields).toEqual(["position", "code", "severity", "message", "source", "target", "ignored_reason"]);
    const byCode = new Map(rows.map((r) => [r.fields[1], r.fields]));
    expect(byCode.get("magnitude")).toEqual([
      expect.any(String),
      "magnitude",
      "error",
      "Après un nombre, l’anglais écrit « million », sans s, et non « millions ».",
      "Le contrat vaut 200 millions de dollars.",
      TARGETS[0],
      "Quoted as written",
    ]);
    expect(byCode.get("term-forbidden")?.slice(1, 3)).toEqual(["term-forbidden", "error"]);
    expect(byCode.get("term-forbidden")?.[3]).toMatch(/^Glossaire : « procurement risk »/u);
    expect(byCode.get("term-forbidden")?.[6]).toBe("");
    const positions = rows.map((r) => Number(r.fields[0]));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Spelling comes from the server's English linter.
    expect(rows.filter((r) => r.fields[5] === TARGETS[2]).map((r) => r.fields[1])).toEqual(["spelling"]);
  });

  it("refuses a bad language, a signed-out visitor and a non-member", async () => {
    routeSession.actor = owner;
    expect((await get("qa-report", "lang=de")).status).toBe(400);
    routeSession.actor = null;
    expect((await get("qa-report", "")).status).toBe(401);
    routeSession.actor = outsider;
    expect([403, 404]).toContain((await get("qa-report", "")).status);
  });
});

describe("the XLIFF export with the QA report", () => {
  const all = (element: XmlElement, name: string): XmlElement[] =>
    element.children.flatMap((c) => (typeof c === "string" ? [] : [...(c.name === name ? [c] : []), ...all(c, name)]));

  it("adds ITS quality issues (ignored ones disabled) and validates against the XLIFF 2.1 ITS module schema", async () => {
    routeSession.actor = owner;
    const response = await get("export", "format=xliff&qa=1&lang=en");
    expect(response.status).toBe(200);
    const xml = await response.text();
    const lint = spawnSync("xmllint", ["--noout", "--nonet", "--schema", ITS_XSD, "-"], { input: xml, encoding: "utf8" });
    expect(lint.status, lint.stderr).toBe(0);
    const issues = all(readXml(xml), "locQualityIssue").map((i) => i.attributes);
    expect(issues).toContainEqual({
      locQualityIssueType: "numbers",
      locQualityIssueComment: "After a number, English writes “million”, not “millions”.",
      locQualityIssueSeverity: "90",
      locQualityIssueEnabled: "no",
    });
    expect(issues).toContainEqual(expect.objectContaining({ locQualityIssueType: "terminology", locQualityIssueSeverity: "90" }));
    expect(issues).toContainEqual(expect.objectContaining({ locQualityIssueType: "misspelling", locQualityIssueSeverity: "50" }));
    expect(issues.every((i) => i.locQualityIssueType !== "untranslated")).toBe(true);
  });

  it("writes no report unless asked, and refuses it for the other formats", async () => {
    routeSession.actor = owner;
    const plain = await (await get("export", "format=xliff")).text();
    expect(plain).not.toMatch(/its:|locQualityIssue/u);
    expect((await get("export", "format=md&qa=1")).status).toBe(400);
    expect((await get("export", "format=xliff&qa=yes")).status).toBe(400);
  });
});
