import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { checkDocument } from "@/server/qa/check-document";
import { checkSegment } from "@/server/qa/check-segment";
import { ignoreQaIssue } from "@/server/qa/ignore-qa-issue";
import { getLanguageChecker } from "@/server/qa/language-checker";
import { updateQaSettings } from "@/server/qa/update-qa-settings";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";
import { errorOf } from "./error-of";

// The server's QA with the checks as registered (core/qa/checks): a planted number error in the demo's
// «200 millions de dollars».
const SOURCE = "Le chiffre d'affaires atteint 200 millions de dollars. Le marché ouvre jeudi.";

const { db } = createTestDb();
let owner: Actor;
let reviewer: Actor;
let translator: Actor;
let projectId: string;
let documentId: string;
let segmentIds: string[];

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Demo QA" })).id;
  reviewer = await createUser(db, { projectId, role: "reviewer" });
  translator = await createUser(db, { projectId, role: "translator" });
  ({ documentId } = await importDocument(db, { actor: owner, projectId, content: SOURCE }));
  segmentIds = (await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((s) => s.id);
});
afterAll(() => db.$disconnect());

describe("QA with the registered checks", () => {
  it("reports the planted number error on the English on screen, with its suggestion", async () => {
    const { issues } = await checkSegment(db, { actor: translator, segmentId: segmentIds[0], targetText: "Revenue reached $300 million." });
    expect(issues).toMatchObject([{ code: "number", severity: "error", start: 17, end: 20, suggestion: "200" }]);
    const clean = await checkSegment(db, { actor: translator, segmentId: segmentIds[0], targetText: "Revenue reached $200 million." });
    expect(clean.issues).toEqual([]);
  });

  it("refuses to approve it until the translator ignores it with a reason, then counts it as ignored", async () => {
    const saved = await saveSegment(db, {
      actor: translator,
      segmentId: segmentIds[0],
      baseVersion: 1,
      targetText: "Revenue reached $300 million.",
      status: "translated",
    });
    await saveSegment(db, { actor: translator, segmentId: segmentIds[1], baseVersion: 1, targetText: "The market opens on Friday.", status: "translated" });
    const refused = await errorOf(
      saveSegment(db, { actor: reviewer, segmentId: segmentIds[0], baseVersion: saved.version, targetText: saved.targetText, status: "approved" }),
    );
    expect(refused.code).toBe("QA_ERRORS");
    expect(refused.message).toContain("number");

    const before = await checkDocument(db, reviewer, documentId);
    expect(before.counts).toEqual({ number: 1, date: 1 });
    expect(before.segments.map((s) => s.issues.map((i) => i.code))).toEqual([["number"], ["date"]]);

    const [issue] = (await checkSegment(db, { actor: translator, segmentId: segmentIds[0] })).issues;
    await ignoreQaIssue(db, {
      actor: translator,
      segmentId: segmentIds[0],
      fingerprint: issue.fingerprint,
      code: issue.code,
      reason: "The client's figure was revised.",
    });
    const approved = await saveSegment(db, {
      actor: reviewer,
      segmentId: segmentIds[0],
      baseVersion: saved.version,
      targetText: saved.targetText,
      status: "approved",
    });
    expect(approved.status).toBe("approved");

    const after = await checkDocument(db, reviewer, documentId);
    expect(after.counts).toEqual({ date: 1 });
    expect(after.ignored).toBe(1);
    expect(after.segments[0].issues[0].ignored).toMatchObject({ reason: "The client's figure was revised.", userName: translator.userId });
  });

  it("adds the linter's spelling to the report when asked, and to the gate only when the project makes it an error", async () => {
    const { documentId: misspelt } = await importDocument(db, { actor: owner, projectId, content: "Le contrat reste en vigueur." });
    const segment = await db.segment.findFirstOrThrow({ where: { documentId: misspelt } });
    const saved = await saveSegment(db, {
      actor: translator,
      segmentId: segment.id,
      baseVersion: 1,
      targetText: "The contrcat remains in force.",
      status: "translated",
    });
    const language = await getLanguageChecker();
    expect((await checkDocument(db, reviewer, misspelt)).counts).toEqual({});
    expect((await checkDocument(db, reviewer, misspelt, { language })).counts).toEqual({ spelling: 1 });

    await updateQaSettings(db, { actor: owner, projectId, settings: { checks: { spelling: { enabled: true, severity: "error" } } } });
    const refused = await errorOf(
      saveSegment(db, { actor: reviewer, segmentId: segment.id, baseVersion: saved.version, targetText: saved.targetText, status: "approved" }),
    );
    expect(refused.code).toBe("QA_ERRORS");
    expect(refused.details?.issues).toMatchObject([{ code: "spelling", severity: "error" }]);
    await updateQaSettings(db, { actor: owner, projectId, settings: { checks: { spelling: { enabled: true, severity: "warning" } } } });
    const approved = await saveSegment(db, {
      actor: reviewer,
      segmentId: segment.id,
      baseVersion: saved.version,
      targetText: saved.targetText,
      status: "approved",
    });
    expect(approved.status).toBe("approved");
  }, 30_000);
});
