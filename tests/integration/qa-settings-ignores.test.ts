import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_QA_SETTINGS } from "@/core/qa/settings";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { checkSegment } from "@/server/qa/check-segment";
import { getQaSettings } from "@/server/qa/get-qa-settings";
import { ignoreQaIssue } from "@/server/qa/ignore-qa-issue";
import { unignoreQaIssue } from "@/server/qa/unignore-qa-issue";
import { updateQaSettings } from "@/server/qa/update-qa-settings";
import { createTestDb, createUser } from "./test-db";
import { errorOf } from "./error-of";

const { db } = createTestDb();
let owner: Actor;
let translator: Actor;
let viewer: Actor;
let projectId: string;
let segmentId: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "QA settings" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  viewer = await createUser(db, { projectId, role: "viewer" });
  const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Le chiffre d'affaires atteint 200 millions de dollars." });
  segmentId = (await db.segment.findFirstOrThrow({ where: { documentId } })).id;
});
afterAll(() => db.$disconnect());

describe("QA settings", () => {
  it("are the defaults until an owner changes them, and every member may read them", async () => {
    expect(await getQaSettings(db, { actor: viewer, projectId })).toEqual(DEFAULT_QA_SETTINGS);
    const stranger = await createUser(db);
    expect((await errorOf(getQaSettings(db, { actor: stranger, projectId }))).code).toBe("NOT_FOUND");
  });

  it("keep an owner's partial change, the rest as it was, and record it in the audit log", async () => {
    const changed = await updateQaSettings(db, {
      actor: owner,
      projectId,
      settings: { checks: { length: { enabled: false, severity: "info" } }, dialect: "uk" },
    });
    expect(changed.checks.length).toEqual({ enabled: false, severity: "info" });
    expect(changed.checks.number).toEqual(DEFAULT_QA_SETTINGS.checks.number);
    expect(changed.dialect).toBe("uk");
    const reread = await getQaSettings(db, { actor: translator, projectId });
    expect(reread).toEqual(changed);
    const event = await db.auditEvent.findFirstOrThrow({ where: { projectId, action: "qa.settings_changed" } });
    expect(JSON.parse(event.details)).toEqual({ changes: "length, dialect" });
    expect(event.actorId).toBe(owner.userId);
  });

  it("are refused to translators, and bad values are refused with the field named", async () => {
    expect((await errorOf(updateQaSettings(db, { actor: translator, projectId, settings: { dialect: "us" } }))).code).toBe("FORBIDDEN");
    const badSeverity = await errorOf(
      updateQaSettings(db, { actor: owner, projectId, settings: { checks: { number: { enabled: true, severity: "fatal" } } } }),
    );
    expect(badSeverity.code).toBe("INVALID_INPUT");
    expect(badSeverity.message).toMatch(/^checks\.number\.severity/);
    const unknownCheck = await errorOf(
      updateQaSettings(db, { actor: owner, projectId, settings: { checks: { nonsense: { enabled: true, severity: "info" } } } }),
    );
    expect(unknownCheck.code).toBe("INVALID_INPUT");
    const ratio = await errorOf(updateQaSettings(db, { actor: owner, projectId, settings: { lengthRatio: { min: 2, max: 1 } } }));
    expect(ratio.details).toEqual({ field: "lengthRatio" });
    expect((await getQaSettings(db, { actor: owner, projectId })).dialect).toBe("uk");
  });
});

describe("ignoring a QA finding", () => {
  const finding = { fingerprint: "number|200 millions", code: "number" };

  it("is kept with its reason and who, shown with the segment, and taken back", async () => {
    const ignore = await ignoreQaIssue(db, { actor: translator, segmentId, ...finding, reason: "  The client writes it this way.  " });
    expect(ignore).toMatchObject({ segmentId, ...finding, reason: "The client writes it this way." });
    expect(ignore.userName).toBe(translator.userId);
    expect((await checkSegment(db, { actor: viewer, segmentId })).ignores).toEqual([ignore]);

    const again = await ignoreQaIssue(db, { actor: owner, segmentId, ...finding, reason: "Checked with the author." });
    expect(again).toMatchObject({ id: ignore.id, reason: "Checked with the author.", userName: owner.userId });

    expect(await unignoreQaIssue(db, { actor: translator, segmentId, fingerprint: finding.fingerprint })).toEqual({ removed: true });
    expect((await checkSegment(db, { actor: viewer, segmentId })).ignores).toEqual([]);
    expect(await unignoreQaIssue(db, { actor: translator, segmentId, fingerprint: finding.fingerprint })).toEqual({ removed: false });
  });

  it("needs a reason of 1 to 500 characters and a fingerprint of the same check", async () => {
    for (const reason of ["", "   ", "x".repeat(501)]) {
      const error = await errorOf(ignoreQaIssue(db, { actor: translator, segmentId, ...finding, reason }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.details).toEqual({ field: "reason" });
    }
    const ok = await ignoreQaIssue(db, { actor: translator, segmentId, ...finding, reason: "x".repeat(500) });
    expect(ok.reason).toHaveLength(500);
    const mismatch = await errorOf(ignoreQaIssue(db, { actor: translator, segmentId, fingerprint: "date|jeudi", code: "number", reason: "ok" }));
    expect(mismatch.details).toEqual({ field: "fingerprint" });
    const unknownCode = await errorOf(ignoreQaIssue(db, { actor: translator, segmentId, fingerprint: "zap|x", code: "zap", reason: "ok" }));
    expect(unknownCode.details).toEqual({ field: "code" });
    expect(await db.qaIgnore.count({ where: { segmentId } })).toBe(1);
  });

  it("is refused to viewers and strangers", async () => {
    expect((await errorOf(ignoreQaIssue(db, { actor: viewer, segmentId, ...finding, reason: "no" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(unignoreQaIssue(db, { actor: viewer, segmentId, fingerprint: finding.fingerprint }))).code).toBe("FORBIDDEN");
    const stranger = await createUser(db);
    expect((await errorOf(ignoreQaIssue(db, { actor: stranger, segmentId, ...finding, reason: "no" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(ignoreQaIssue(db, { actor: owner, segmentId: "missing", ...finding, reason: "no" }))).code).toBe("NOT_FOUND");
  });

  it("by two people at once keeps one ignore and fails neither", async () => {
    const other = { fingerprint: "date|jeudi", code: "date" };
    const results = await Promise.allSettled([
      ignoreQaIssue(db, { actor: translator, segmentId, ...other, reason: "First" }),
      ignoreQaIssue(db, { actor: owner, segmentId, ...other, reason: "Second" }),
      ignoreQaIssue(db, { actor: translator, segmentId, ...other, reason: "Third" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const rows = await db.qaIgnore.findMany({ where: { segmentId, fingerprint: other.fingerprint } });
    expect(rows).toHaveLength(1);
    expect(["First", "Second", "Third"]).toContain(rows[0].reason);
  });
});
