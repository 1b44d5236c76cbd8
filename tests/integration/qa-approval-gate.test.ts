import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { qaFingerprint } from "@/core/qa/fingerprint";
import type { QaFinding } from "@/core/qa/types";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { checkDocument } from "@/server/qa/check-document";
import { ignoreQaIssue } from "@/server/qa/ignore-qa-issue";
import { unignoreQaIssue } from "@/server/qa/unignore-qa-issue";
import { updateQaSettings } from "@/server/qa/update-qa-settings";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
import { restoreRevision } from "@/server/segments/restore-revision";
import { undoReplace } from "@/server/segments/undo-replace";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";
import { errorOf } from "./error-of";

// The plumbing of the gate, independent of what the real checks flag: this file's registry holds one
// check that reports every "BAD" in the English as a `number` finding (an error by default).
vi.mock("@/core/qa/checks", () => ({
  PAIR_CHECKS: [
    {
      codes: ["number"],
      run: ({ target }: { target: string }): QaFinding[] =>
        [...target.matchAll(/BAD/g)].map((m) => ({ code: "number", start: m.index, end: m.index + 3, message: { key: "number.changed" }, subject: "BAD" })),
    },
  ],
}));

const { db } = createTestDb();
let owner: Actor;
let reviewer: Actor;
let projectId: string;
let documentId: string;
let segmentIds: string[];

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Gate" })).id;
  reviewer = await createUser(db, { projectId, role: "reviewer" });
  ({ documentId } = await importDocument(db, { actor: owner, projectId, content: "Une. Deux. Trois. Quatre." }));
  segmentIds = (await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((s) => s.id);
});
afterAll(() => db.$disconnect());

const versionOf = async (id: string) => (await db.segment.findUniqueOrThrow({ where: { id } })).version;
const fingerprint = qaFingerprint({ code: "number", start: 0, end: 3, message: { key: "number.changed" }, subject: "BAD" }, "BAD");

describe("the approval gate", () => {
  it("refuses to approve a translation with an unignored error, naming the check, and stores nothing", async () => {
    const id = segmentIds[0];
    const translated = await saveSegment(db, { actor: owner, segmentId: id, baseVersion: 1, targetText: "One BAD.", status: "translated" });
    expect(translated.status).toBe("translated");
    const error = await errorOf(
      saveSegment(db, { actor: reviewer, segmentId: id, baseVersion: translated.version, targetText: "One BAD.", status: "approved" }),
    );
    expect(error.code).toBe("QA_ERRORS");
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/QA errors \(number\)/);
    expect(error.details).toMatchObject({ segmentId: id, issues: [{ code: "number", severity: "error", start: 4, end: 7, fingerprint }] });
    const row = await db.segment.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.version]).toEqual(["translated", translated.version]);
  });

  it("lets the approval through once the finding is ignored with a reason, and again refuses when the ignore is taken back", async () => {
    const id = segmentIds[0];
    await ignoreQaIssue(db, { actor: owner, segmentId: id, fingerprint, code: "number", reason: "BAD is the product's name." });
    const approved = await saveSegment(db, { actor: reviewer, segmentId: id, baseVersion: await versionOf(id), targetText: "One BAD.", status: "approved" });
    expect(approved.status).toBe("approved");

    // Every path that approves: restoring the approved version after an edit is gated too.
    await unignoreQaIssue(db, { actor: owner, segmentId: id, fingerprint });
    const edited = await saveSegment(db, { actor: reviewer, segmentId: id, baseVersion: approved.version, targetText: "One." });
    const revision = await db.segmentRevision.findFirstOrThrow({ where: { segmentId: id, status: "approved" } });
    const error = await errorOf(restoreRevision(db, { actor: reviewer, segmentId: id, revisionId: revision.id, baseVersion: edited.version }));
    expect(error.code).toBe("QA_ERRORS");
    expect((await db.segment.findUniqueOrThrow({ where: { id } })).targetText).toBe("One.");
  });

  it("approves a clean translation, and an error-free edit of an approved one", async () => {
    const id = segmentIds[1];
    const approved = await saveSegment(db, { actor: reviewer, segmentId: id, baseVersion: 1, targetText: "Two.", status: "approved" });
    expect(approved.status).toBe("approved");
    const error = await errorOf(saveSegment(db, { actor: reviewer, segmentId: id, baseVersion: approved.version, targetText: "Two BAD.", status: "approved" }));
    expect(error.code).toBe("QA_ERRORS");
  });

  it("follows the project's settings: a warning or a disabled check does not block", async () => {
    const id = segmentIds[2];
    await updateQaSettings(db, { actor: owner, projectId, settings: { checks: { number: { enabled: true, severity: "warning" } } } });
    const approved = await saveSegment(db, { actor: reviewer, segmentId: id, baseVersion: 1, targetText: "Three BAD.", status: "approved" });
    expect(approved.status).toBe("approved");
    await updateQaSettings(db, { actor: owner, projectId, settings: { checks: { number: { enabled: false, severity: "error" } } } });
    const other = await saveSegment(db, { actor: reviewer, segmentId: segmentIds[3], baseVersion: 1, targetText: "Four BAD.", status: "approved" });
    expect(other.status).toBe("approved");
    await updateQaSettings(db, { actor: owner, projectId, settings: { checks: { number: { enabled: true, severity: "error" } } } });
  });

  it("counts unignored issues per check in the document report and lists the segments with issues", async () => {
    await ignoreQaIssue(db, { actor: owner, segmentId: segmentIds[2], fingerprint, code: "number", reason: "Known." });
    const report = await checkDocument(db, owner, documentId);
    expect(report.checked).toBe(4);
    // "One." and "Two." are clean; "Three BAD." is ignored; "Four BAD." counts.
    expect(report.counts).toEqual({ number: 1 });
    expect(report.ignored).toBe(1);
    expect(report.segments.map((s) => [s.segmentId, s.issues.length, Boolean(s.issues[0].ignored)])).toEqual([
      [segmentIds[2], 1, true],
      [segmentIds[3], 1, false],
    ]);
    expect(report.segments[0].issues[0].ignored).toMatchObject({ reason: "Known." });
    expect(report.segments[1]).toMatchObject({ position: expect.any(Number), source: "Quatre.", target: "Four BAD.", status: "approved" });
  });

  it("gates an undo that brings an approved text back, all or nothing", async () => {
    const id = segmentIds[2]; // approved as "Three BAD.", its finding ignored
    const { batchId } = await replaceInTargets(db, {
      actor: owner,
      documentId,
      changes: [{ segmentId: id, baseVersion: await versionOf(id), targetText: "Three." }],
    });
    expect((await db.segment.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
    await unignoreQaIssue(db, { actor: owner, segmentId: id, fingerprint });
    const error = await errorOf(undoReplace(db, { actor: owner, documentId, batchId }));
    expect(error.code).toBe("QA_ERRORS");
    expect((await db.segment.findUniqueOrThrow({ where: { id } })).targetText).toBe("Three.");
  });
});
