import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { exportDocument } from "@/server/documents/export-document";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { exportFile } from "./export-file";
import { createTestDb, createUser } from "./test-db";

/** The export use case with the English options: the one place the CLI and the route go through. */
const { db } = createTestDb();
let owner: Actor;
let documentId: string;

beforeAll(async () => {
  owner = await createUser(db);
  const projectId = (await createProject(db, { actor: owner, name: "Exports" })).id;
  documentId = (await importDocument(db, { actor: owner, projectId, content: "date 2026-03-01 Le titre\n\nIl pleut. Il vente.", title: "Météo" })).documentId;
  const [, first] = (await getWorkbench(db, { actor: owner, documentId })).segments;
  await db.segment.update({ where: { id: first.id }, data: { targetText: "It is raining.", status: "draft" } });
});
afterAll(() => db.$disconnect());

describe("exportDocument, English formats", () => {
  it("refuses with INCOMPLETE_TRANSLATION (409) naming the count, and audits nothing", async () => {
    for (const format of ["md", "txt", "docx-en"] as const) {
      const error = await exportDocument(db, { actor: owner, documentId, format, english: { missing: "fail" } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: "INCOMPLETE_TRANSLATION",
        status: 409,
        message: "2 of 3 segments are not translated yet.",
        details: { missing: 2, total: 3 },
      });
    }
    expect(await db.auditEvent.count({ where: { targetId: documentId } })).toBe(0);
  });

  it("applies the options given and records them in the audit log", async () => {
    const file = await exportFile(db, { actor: owner, documentId, format: "md", english: { missing: "source", drafts: "mark" } });
    expect(file.text).toBe("# Météo\n\nDate 2026-03-01\n\n## Le titre\n\n[draft] It is raining. Il vente.\n");
    const [event] = await db.auditEvent.findMany({ where: { targetId: documentId } });
    expect(JSON.parse(event.details)).toEqual({ title: "Météo", format: "md", missing: "source", drafts: "mark" });
  });

  it("ignores the options for the other formats (the bilingual page shows gaps as they are)", async () => {
    const file = await exportFile(db, { actor: owner, documentId, format: "html", english: { missing: "fail" } });
    expect(file.text).toContain("Il vente.");
  });
});
