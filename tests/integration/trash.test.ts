import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { listAuditEvents } from "@/server/audit/list-audit-events";
import { exportDocument } from "@/server/documents/export-document";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { listDocuments } from "@/server/documents/list-documents";
import { listTrash } from "@/server/documents/list-trash";
import { purgeTrash } from "@/server/documents/purge-trash";
import { restoreDocument } from "@/server/documents/restore-document";
import { trashDocument } from "@/server/documents/trash-document";
import { listTermEntries } from "@/server/glossary/list-term-entries";
import { createTermEntry } from "@/server/glossary/create-term-entry";
import { createProject } from "@/server/projects/create-project";
import { findLandingDocument } from "@/server/projects/find-landing-document";
import { listProjects } from "@/server/projects/list-projects";
import { listRevisions } from "@/server/segments/list-revisions";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
const DAY = 24 * 60 * 60 * 1000;
let owner: Actor;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Trash" })).id;
  await createTermEntry(db, { actor: owner, projectId, fields: { source: "corbeille", preferred: "trash" } });
});

const importText = async (title: string, content: string) => (await importDocument(db, { actor: owner, projectId, title, content })).documentId;
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { code?: string }) => error.code,
  );

describe("document trash", () => {
  it("a trashed document leaves lists, counts, progress, term usage and pages, and comes back whole", async () => {
    const keep = await importText("Kept", "Un texte gardé.");
    const gone = await importText("Gone", "La corbeille est pleine. Une autre phrase.");
    const [segment] = (await getWorkbench(db, { actor: owner, documentId: gone })).segments;
    await saveSegment(db, { actor: owner, segmentId: segment.id, baseVersion: 1, targetText: "The trash is full.", status: "translated" });
    const before = (await listProjects(db, { actor: owner })).find((p) => p.id === projectId)!;

    await trashDocument(db, { actor: owner, documentId: gone });

    expect((await listDocuments(db, { actor: owner, projectId })).documents.map((d) => d.id)).not.toContain(gone);
    expect((await listDocuments(db, { actor: owner, projectId })).documents.map((d) => d.id)).toContain(keep);
    const after = (await listProjects(db, { actor: owner })).find((p) => p.id === projectId)!;
    expect(after.documentCount).toBe(before.documentCount - 1);
    expect(after.progress.segments).toBe(before.progress.segments - 2);
    expect((await listTermEntries(db, { actor: owner, projectId })).entries[0].occurrences).toBe(0);
    expect(await code(getWorkbench(db, { actor: owner, documentId: gone }))).toBe("NOT_FOUND");
    expect(await code(exportDocument(db, { actor: owner, documentId: gone, format: "md" }))).toBe("NOT_FOUND");
    expect(await code(saveSegment(db, { actor: owner, segmentId: segment.id, baseVersion: 2, targetText: "x" }))).toBe("NOT_FOUND");
    expect(await code(listRevisions(db, { actor: owner, segmentId: segment.id }))).toBe("NOT_FOUND");
    expect(await code(trashDocument(db, { actor: owner, documentId: gone }))).toBe("NOT_FOUND");

    const [trashed] = await listTrash(db, { actor: owner, projectId });
    expect(trashed).toMatchObject({ id: gone, title: "Gone", deletedBy: expect.any(String), daysLeft: 30 });

    const listed = await listDocuments(db, { actor: owner, projectId });
    expect(listed.progress.segments).toBe(listed.documents.reduce((n, d) => n + d.progress.segments, 0));
    expect(listed.progress.byStatus.translated.segments).toBe(0);

    await restoreDocument(db, { actor: owner, documentId: gone });
    expect((await listDocuments(db, { actor: owner, projectId })).progress.byStatus.translated).toEqual({ segments: 1, words: 4 });
    const restored = await getWorkbench(db, { actor: owner, documentId: gone });
    expect(restored.segments[0].targetText).toBe("The trash is full.");
    expect((await listTermEntries(db, { actor: owner, projectId })).entries[0].occurrences).toBe(1);
    expect(await listTrash(db, { actor: owner, projectId })).toEqual([]);
    expect(await code(restoreDocument(db, { actor: owner, documentId: gone }))).toBe("NOT_FOUND");
  });

  it("lists the newest document first", async () => {
    const older = await importText("Older", "Plus ancien.");
    await db.document.update({ where: { id: older }, data: { createdAt: new Date(Date.now() - DAY) } });
    const newer = await importText("Newer", "Plus récent.");
    const ids = (await listDocuments(db, { actor: owner, projectId })).documents.map((d) => d.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(ids[0]).toBe(newer);
  });

  it("the landing document skips the trash", async () => {
    const fresh = await createUser(db);
    const own = (await createProject(db, { actor: fresh, name: "Landing" })).id;
    const first = (await importDocument(db, { actor: fresh, projectId: own, content: "Premier." })).documentId;
    const second = (await importDocument(db, { actor: fresh, projectId: own, content: "Second." })).documentId;
    await db.document.update({ where: { id: first }, data: { createdAt: new Date(Date.now() - DAY) } });
    await trashDocument(db, { actor: fresh, documentId: first });
    expect(await findLandingDocument(db, { actor: fresh })).toEqual({ projectId: own, documentId: second });
  });

  it("purges what was deleted more than 30 days ago, at list time, with an injected clock", async () => {
    const t0 = new Date("2027-01-01T12:00:00Z");
    const doc = await importText("Old news", "Vieilles nouvelles.");
    await trashDocument(db, { actor: owner, documentId: doc, now: t0 });
    const at = (days: number) => new Date(t0.getTime() + days * DAY);

    expect((await listTrash(db, { actor: owner, projectId, now: at(29) })).find((d) => d.id === doc)?.daysLeft).toBe(1);
    await listDocuments(db, { actor: owner, projectId, now: at(30) });
    expect(await db.document.count({ where: { id: doc } })).toBe(1);

    await listDocuments(db, { actor: owner, projectId, now: new Date(at(30).getTime() + 1000) });
    expect(await db.document.count({ where: { id: doc } })).toBe(0);
    expect(await db.segment.count({ where: { documentId: doc } })).toBe(0);
    expect(await purgeTrash(db, { projectId, now: at(60) })).toBe(0);
    const actions = (await listAuditEvents(db, { actor: owner, projectId })).filter((e) => e.targetId === doc).map((e) => e.action);
    expect(actions).toEqual(["document.purged", "document.trashed"]);
  });

  it("a restored document was trashed and restored in the audit log", async () => {
    const doc = await importText("Audited", "Un texte.");
    await trashDocument(db, { actor: owner, documentId: doc });
    await restoreDocument(db, { actor: owner, documentId: doc });
    const events = (await listAuditEvents(db, { actor: owner, projectId })).filter((e) => e.targetId === doc);
    expect(events.map((e) => e.action)).toEqual(["document.restored", "document.trashed"]);
    expect(events[0].details).toEqual({ title: "Audited" });
  });
});
