import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import type { Role } from "@/core/access/permissions";
import { listAuditEvents } from "@/server/audit/list-audit-events";
import type { Db } from "@/server/db/client";
import { trashDocument } from "@/server/documents/trash-document";
import { restoreDocument } from "@/server/documents/restore-document";
import { listTrash } from "@/server/documents/list-trash";
import { exportDocument } from "@/server/documents/export-document";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { listDocuments } from "@/server/documents/list-documents";
import { AppError } from "@/server/errors";
import { changeMemberRole, removeMember } from "@/server/members/change-member-role";
import { inviteMember } from "@/server/members/invite-member";
import { listMembers } from "@/server/members/list-members";
import { createProject } from "@/server/projects/create-project";
import { deleteProject } from "@/server/projects/delete-project";
import { saveSegment } from "@/server/segments/save-segment";
import { editSource } from "@/server/segments/edit-source";
import { settleTrackedChange } from "@/server/segments/settle-tracked-change";
import { listActivity } from "@/server/documents/list-activity";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { deleteAnnotation } from "@/server/annotations/delete-annotation";
import { exportAnnotations } from "@/server/annotations/export-annotations";
import { getDocumentAnnotations } from "@/server/annotations/get-document-annotations";
import { importAnnotations } from "@/server/annotations/import-annotations";
import { reattachAnnotation } from "@/server/annotations/reattach-annotation";
import { updateAnnotation } from "@/server/annotations/update-annotation";
import { createComment } from "@/server/comments/create-comment";
import { resolveThread } from "@/server/comments/resolve-comment";
import { createTermEntry } from "@/server/glossary/create-term-entry";
import { deleteTermEntry } from "@/server/glossary/delete-term-entry";
import { exportGlossary } from "@/server/glossary/export-glossary";
import { getTermEntryDetails } from "@/server/glossary/get-term-entry-details";
import { importGlossary } from "@/server/glossary/import-glossary";
import { listTermEntries } from "@/server/glossary/list-term-entries";
import { updateTermEntry } from "@/server/glossary/update-term-entry";
import { checkDocument } from "@/server/qa/check-document";
import { ignoreQaIssue } from "@/server/qa/ignore-qa-issue";
import { updateQaSettings } from "@/server/qa/update-qa-settings";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();

interface World {
  projectId: string;
  projectName: string;
  documentId: string;
  segmentId: string;
  entryId: string;
  actors: Record<Role | "stranger", Actor>;
  bystander: string;
}

async function makeWorld(): Promise<World> {
  const owner = await createUser(db);
  const project = await createProject(db, { actor: owner, name: `P-${Math.random()}` });
  const actors = { owner } as World["actors"];
  for (const role of ["translator", "reviewer", "viewer"] as const) actors[role] = await createUser(db, { projectId: project.id, role });
  actors.stranger = await createUser(db);
  const bystander = (await createUser(db, { projectId: project.id, role: "viewer" })).userId!;
  const { documentId } = await importDocument(db, { actor: owner, projectId: project.id, content: "Une phrase. Une autre." });
  const segment = await db.segment.findFirstOrThrow({ where: { documentId } });
  const entry = await db.termEntry.create({ data: { projectId: project.id, source: "phrase", preferred: "sentence" } });
  return { projectId: project.id, projectName: project.name, documentId, segmentId: segment.id, entryId: entry.id, actors, bystander };
}

async function currentVersion(segmentId: string) {
  return (await db.segment.findUniqueOrThrow({ where: { id: segmentId } })).version;
}

/** A note on « Une » written by `actor` (inserted directly, so that even a viewer can be its author). */
async function ownNote(w: World, actor: Actor) {
  return db.annotation.create({
    data: { documentId: w.documentId, segmentId: w.segmentId, kind: "note", body: "Mine.", start: 0, end: 3, exact: "Une", authorId: actor.userId },
  });
}

const ANNOTATION_JSON = JSON.stringify({
  type: "Annotation",
  motivation: "commenting",
  bodyValue: "Imported.",
  target: { selector: [{ type: "TextQuoteSelector", exact: "autre" }] },
});

type Attempt = (db: Db, w: World, actor: Actor) => Promise<unknown>;

// What each use case does, and the expected outcome per caller: "ok" or an error code.
// Written out by hand from the issue's role definitions, not derived from the permissions table.
const MATRIX: [string, Attempt, Record<Role | "stranger", "ok" | "FORBIDDEN" | "NOT_FOUND">][] = [
  [
    "read the document list",
    (d, w, a) => listDocuments(d, { actor: a, projectId: w.projectId }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "open a document",
    (d, w, a) => getWorkbench(d, { actor: a, documentId: w.documentId }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "export a document",
    (d, w, a) => exportDocument(d, { actor: a, documentId: w.documentId, format: "md" }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "list members",
    (d, w, a) => listMembers(d, { actor: a, projectId: w.projectId }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "import a document",
    (d, w, a) => importDocument(d, { actor: a, projectId: w.projectId, content: "Texte." }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "edit a target",
    async (d, w, a) => saveSegment(d, { actor: a, segmentId: w.segmentId, baseVersion: await currentVersion(w.segmentId), targetText: `by ${a.userId}` }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "approve a segment",
    async (d, w, a) =>
      saveSegment(d, { actor: a, segmentId: w.segmentId, baseVersion: await currentVersion(w.segmentId), targetText: "x", status: "approved" }),
    { owner: "ok", translator: "FORBIDDEN", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "invite a member",
    (d, w, a) => inviteMember(d, { actor: a, projectId: w.projectId, email: `new-${Math.random()}@example.test`, role: "viewer" }),
    { owner: "ok", translator: "FORBIDDEN", reviewer: "FORBIDDEN", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "change a role",
    (d, w, a) => changeMemberRole(d, { actor: a, projectId: w.projectId, userId: w.bystander, role: "translator" }),
    { owner: "ok", translator: "FORBIDDEN", reviewer: "FORBIDDEN", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "remove a member",
    (d, w, a) => removeMember(d, { actor: a, projectId: w.projectId, userId: w.bystander }),
    { owner: "ok", translator: "FORBIDDEN", reviewer: "FORBIDDEN", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "read the audit log",
    (d, w, a) => listAuditEvents(d, { actor: a, projectId: w.projectId }),
    { owner: "ok", translator: "FORBIDDEN", reviewer: "FORBIDDEN", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "delete a document",
    (d, w, a) => trashDocument(d, { actor: a, documentId: w.documentId }),
    { owner: "ok", translator: "FORBIDDEN", reviewer: "FORBIDDEN", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "read the trash",
    (d, w, a) => listTrash(d, { actor: a, projectId: w.projectId }),
    { owner: "ok", translator: "FORBIDDEN", reviewer: "FORBIDDEN", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "restore a document",
    async (d, w, a) => {
      await d.document.update({ where: { id: w.documentId }, data: { deletedAt: new Date() } });
      return restoreDocument(d, { actor: a, documentId: w.documentId });
    },
    { owner: "ok", translator: "FORBIDDEN", reviewer: "FORBIDDEN", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "read the glossary",
    (d, w, a) => listTermEntries(d, { actor: a, projectId: w.projectId }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "read a glossary entry's TBX details",
    (d, w, a) => getTermEntryDetails(d, { actor: a, entryId: w.entryId }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "export the glossary",
    (d, w, a) => exportGlossary(d, { actor: a, projectId: w.projectId, format: "tbx" }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "create a glossary entry",
    (d, w, a) => createTermEntry(d, { actor: a, projectId: w.projectId, fields: { source: `terme ${a.userId}` } }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "edit a glossary entry",
    async (d, w, a) =>
      updateTermEntry(d, {
        actor: a,
        entryId: w.entryId,
        baseUpdatedAt: (await d.termEntry.findUniqueOrThrow({ where: { id: w.entryId } })).updatedAt.toISOString(),
        fields: { source: "phrase", preferred: `by ${a.userId}` },
      }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "delete a glossary entry",
    (d, w, a) => deleteTermEntry(d, { actor: a, entryId: w.entryId }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "import a glossary",
    (d, w, a) => importGlossary(d, { actor: a, projectId: w.projectId, bytes: new TextEncoder().encode("source,preferred\nautre,other\n"), fileName: "g.csv" }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "read annotations",
    (d, w, a) => getDocumentAnnotations(d, { actor: a, documentId: w.documentId }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "export annotations",
    (d, w, a) => exportAnnotations(d, { actor: a, documentId: w.documentId, origin: "https://lisiere.example" }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "write a note",
    (d, w, a) => createAnnotation(d, { actor: a, segmentId: w.segmentId, start: 0, end: 3, kind: "note", body: "Note." }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "gloss a term",
    (d, w, a) => createAnnotation(d, { actor: a, segmentId: w.segmentId, start: 4, end: 10, kind: "gloss", body: "", entry: { preferred: "sentence" } }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "edit one's own note",
    async (d, w, a) => {
      const note = await ownNote(w, a);
      return updateAnnotation(d, { actor: a, annotationId: note.id, baseUpdatedAt: note.updatedAt.toISOString(), body: "Edited." });
    },
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "delete one's own note",
    async (d, w, a) => deleteAnnotation(d, { actor: a, annotationId: (await ownNote(w, a)).id }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "reattach one's own note",
    async (d, w, a) => reattachAnnotation(d, { actor: a, annotationId: (await ownNote(w, a)).id, segmentId: w.segmentId, start: 4, end: 10 }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "import annotations",
    (d, w, a) => importAnnotations(d, { actor: a, documentId: w.documentId, json: ANNOTATION_JSON }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "write a comment",
    (d, w, a) => createComment(d, { actor: a, segmentId: w.segmentId, body: "Comment." }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "edit a segment's source",
    async (d, w, a) =>
      editSource(d, { actor: a, segmentId: w.segmentId, baseVersion: await currentVersion(w.segmentId), sourceText: `Une phrase ${Math.random()}.` }),
    { owner: "ok", translator: "FORBIDDEN", reviewer: "FORBIDDEN", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "accept a reviewer's tracked change",
    async (d, w, a) => {
      await d.segment.update({ where: { id: w.segmentId }, data: { trackedBaseText: "A sentence." } });
      return settleTrackedChange(d, { actor: a, segmentId: w.segmentId, baseVersion: await currentVersion(w.segmentId), decision: "accept" });
    },
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "list a document's activity",
    (d, w, a) => listActivity(d, { actor: a, documentId: w.documentId }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "resolve a comment thread",
    async (d, w, a) =>
      resolveThread(d, { actor: a, commentId: (await d.comment.create({ data: { documentId: w.documentId, segmentId: w.segmentId, body: "Open." } })).id }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "delete the project",
    (d, w, a) => deleteProject(d, { actor: a, projectId: w.projectId, confirmName: w.projectName }),
    { owner: "ok", translator: "FORBIDDEN", reviewer: "FORBIDDEN", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "read the QA report",
    (d, w, a) => checkDocument(d, a, w.documentId),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "ok", stranger: "NOT_FOUND" },
  ],
  [
    "ignore a QA finding with a reason",
    (d, w, a) => ignoreQaIssue(d, { actor: a, segmentId: w.segmentId, fingerprint: "number|200", code: "number", reason: "Checked." }),
    { owner: "ok", translator: "ok", reviewer: "ok", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
  [
    "change the QA settings",
    (d, w, a) => updateQaSettings(d, { actor: a, projectId: w.projectId, settings: { dialect: "uk" } }),
    { owner: "ok", translator: "FORBIDDEN", reviewer: "FORBIDDEN", viewer: "FORBIDDEN", stranger: "NOT_FOUND" },
  ],
];

describe("role × action matrix", () => {
  let world: World;
  beforeEach(async () => {
    world = await makeWorld();
  });

  for (const [action, attempt, expected] of MATRIX) {
    for (const caller of Object.keys(expected) as (Role | "stranger")[]) {
      it(`${caller}: ${action} → ${expected[caller]}`, async () => {
        const outcome = await attempt(db, world, world.actors[caller]).then(
          () => "ok",
          (error: unknown) => (error instanceof AppError ? error.code : Promise.reject(error)),
        );
        expect(outcome).toBe(expected[caller]);
      });
    }
  }
});

describe("forged ids (IDOR)", () => {
  it("a member of project A reaches nothing of project B by id", async () => {
    const a = await makeWorld();
    const b = await makeWorld();
    const intruder = a.actors.owner;
    const codes = await Promise.all(
      [
        getWorkbench(db, { actor: intruder, documentId: b.documentId }),
        exportDocument(db, { actor: intruder, documentId: b.documentId, format: "html" }),
        saveSegment(db, { actor: intruder, segmentId: b.segmentId, baseVersion: 1, targetText: "pwned" }),
        listDocuments(db, { actor: intruder, projectId: b.projectId }),
        importDocument(db, { actor: intruder, projectId: b.projectId, content: "Texte." }),
        inviteMember(db, { actor: intruder, projectId: b.projectId, email: "x@example.test", role: "owner" }),
        changeMemberRole(db, { actor: intruder, projectId: b.projectId, userId: intruder.userId!, role: "owner" }),
        deleteProject(db, { actor: intruder, projectId: b.projectId, confirmName: b.projectName }),
      ].map((p) =>
        p.then(
          () => "ok",
          (e: AppError) => e.code,
        ),
      ),
    );
    expect(codes).toEqual(Array(codes.length).fill("NOT_FOUND"));
    expect((await db.segment.findUniqueOrThrow({ where: { id: b.segmentId } })).targetText).toBe("");
    expect(await db.project.count({ where: { id: b.projectId } })).toBe(1);
  });

  it("a non-member and a missing project get the same answer", async () => {
    const w = await makeWorld();
    const missing = await listDocuments(db, { actor: w.actors.stranger, projectId: "does-not-exist" }).catch((e: AppError) => [e.code, e.message]);
    const hidden = await listDocuments(db, { actor: w.actors.stranger, projectId: w.projectId }).catch((e: AppError) => [e.code, e.message]);
    expect(hidden).toEqual(missing);
  });
});

describe("membership rules", () => {
  it("the last owner can be neither demoted nor removed", async () => {
    const w = await makeWorld();
    const owner = w.actors.owner;
    await expect(changeMemberRole(db, { actor: owner, projectId: w.projectId, userId: owner.userId!, role: "viewer" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { reason: "LAST_OWNER" },
    });
    await expect(removeMember(db, { actor: owner, projectId: w.projectId, userId: owner.userId! })).rejects.toMatchObject({
      details: { reason: "LAST_OWNER" },
    });
    await changeMemberRole(db, { actor: owner, projectId: w.projectId, userId: w.actors.reviewer.userId!, role: "owner" });
    await changeMemberRole(db, { actor: owner, projectId: w.projectId, userId: owner.userId!, role: "viewer" });
    expect((await db.membership.findFirstOrThrow({ where: { projectId: w.projectId, userId: owner.userId! } })).role).toBe("viewer");
  });

  it("deleting a project needs its exact name and is audited", async () => {
    const w = await makeWorld();
    await expect(deleteProject(db, { actor: w.actors.owner, projectId: w.projectId, confirmName: "wrong" })).rejects.toMatchObject({
      details: { reason: "CONFIRM_NAME" },
    });
    await deleteProject(db, { actor: w.actors.owner, projectId: w.projectId, confirmName: w.projectName });
    expect(await db.segment.count({ where: { documentId: w.documentId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { projectId: w.projectId, action: "project.deleted", actorId: w.actors.owner.userId } })).toBe(1);
  });
});
