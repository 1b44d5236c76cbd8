import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { trashDocument } from "@/server/documents/trash-document";
import { createProject } from "@/server/projects/create-project";
import { checkDocument } from "@/server/qa/check-document";
import { checkSegment } from "@/server/qa/check-segment";
import { updateQaSettings } from "@/server/qa/update-qa-settings";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";
import { errorOf } from "./error-of";

// `inconsistent` across the PROJECT: the same French sentence in two documents, translated two ways.
const { db } = createTestDb();
let owner: Actor;
let projectId: string;
let first: { documentId: string; segmentId: string };
let second: { documentId: string; segmentId: string };

async function documentWith(content: string) {
  const { documentId } = await importDocument(db, { actor: owner, projectId, content });
  return { documentId, segmentId: (await db.segment.findFirstOrThrow({ where: { documentId } })).id };
}

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Consistency" })).id;
  first = await documentWith("La chaîne d'approvisionnement reste fragile.");
  second = await documentWith("La chaîne d'approvisionnement reste fragile.");
  await saveSegment(db, { actor: owner, segmentId: first.segmentId, baseVersion: 1, targetText: "The supply chain remains fragile.", status: "translated" });
  await saveSegment(db, { actor: owner, segmentId: second.segmentId, baseVersion: 1, targetText: "Supply lines are still weak.", status: "translated" });
});
afterAll(() => db.$disconnect());

describe("inconsistent translations across the project", () => {
  it("are reported in a document's report, with a link to the other document's segment", async () => {
    const report = await checkDocument(db, owner, first.documentId);
    expect(report.counts).toEqual({ inconsistent: 1 });
    const [issue] = report.segments[0].issues;
    expect(issue).toMatchObject({ code: "inconsistent", severity: "warning" });
    expect(issue.related).toEqual([
      {
        segmentId: second.segmentId,
        documentId: second.documentId,
        source: "La chaîne d'approvisionnement reste fragile.",
        target: "Supply lines are still weak.",
      },
    ]);
  });

  it("follow the English on screen in a segment's check", async () => {
    const same = await checkSegment(db, { actor: owner, segmentId: second.segmentId, targetText: "The supply chain remains fragile." });
    expect(same.issues.filter((i) => i.code === "inconsistent")).toEqual([]);
    const other = await checkSegment(db, { actor: owner, segmentId: second.segmentId });
    expect(other.issues.map((i) => i.code)).toContain("inconsistent");
  });

  it("block approval only when the project makes them errors", async () => {
    const reviewer = await createUser(db, { projectId, role: "reviewer" });
    const version = async () => (await db.segment.findUniqueOrThrow({ where: { id: second.segmentId } })).version;
    await updateQaSettings(db, { actor: owner, projectId, settings: { checks: { inconsistent: { enabled: true, severity: "error" } } } });
    const text = "Supply lines are still weak.";
    const refused = await errorOf(
      saveSegment(db, { actor: reviewer, segmentId: second.segmentId, baseVersion: await version(), targetText: text, status: "approved" }),
    );
    expect(refused.code).toBe("QA_ERRORS");
    expect(refused.details?.issues).toMatchObject([{ code: "inconsistent" }]);
    // Approving the other wording in the same save is what the project agrees on: no longer inconsistent.
    const aligned = "The supply chain remains fragile.";
    const approved = await saveSegment(db, {
      actor: reviewer,
      segmentId: second.segmentId,
      baseVersion: await version(),
      targetText: aligned,
      status: "approved",
    });
    expect(approved.status).toBe("approved");
    await updateQaSettings(db, { actor: owner, projectId, settings: { checks: { inconsistent: { enabled: true, severity: "warning" } } } });
  });

  it("leave documents in the trash out", async () => {
    const third = await documentWith("La chaîne d'approvisionnement reste fragile.");
    await saveSegment(db, { actor: owner, segmentId: third.segmentId, baseVersion: 1, targetText: "Procurement is brittle." });
    expect((await checkDocument(db, owner, first.documentId)).counts).toEqual({ inconsistent: 1 });
    await trashDocument(db, { actor: owner, documentId: third.documentId });
    expect((await checkDocument(db, owner, first.documentId)).counts).toEqual({});
  });
});
