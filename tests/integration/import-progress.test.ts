import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkProgress } from "@/core/work/progress";
import type { Actor } from "@/server/access/actor";
import { importAnnotations } from "@/server/annotations/import-annotations";
import { importDocument } from "@/server/documents/import-document";
import { importTranslation } from "@/server/documents/import-translation";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";

// Long imports say where they are, so the page can show more than "please wait".

const { db } = createTestDb();
let owner: Actor;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Progress" })).id;
});

const stages = (reports: WorkProgress[]) => reports.map((r) => r.stage).filter((stage, k, all) => all[k - 1] !== stage);

describe("import progress", () => {
  it("a document import reports reading, then segmenting and writing with counts that grow to the total", async () => {
    const reports: WorkProgress[] = [];
    const text = Array.from({ length: 3_000 }, (_, i) => `Ligne ${i + 1}. Elle suit.`).join("\n\n");
    await importDocument(db, { actor: owner, projectId, content: text, onProgress: (p) => reports.push(p) });
    expect(stages(reports)).toEqual(["reading", "segmenting", "writing"]);
    const writing = reports.filter((r) => r.stage === "writing");
    expect(writing.at(-1)).toEqual({ stage: "writing", done: 6_000, total: 6_000 });
    expect(writing.map((r) => r.done)).toEqual([...writing.map((r) => r.done)].sort((a, b) => a - b));
    expect(reports.filter((r) => r.stage === "segmenting").every((r) => r.total === 3_000 && r.done < 3_000)).toBe(true);
  });

  it("aligning a translation reports its stages in order", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Il pleut. Il fait froid." });
    const reports: WorkProgress[] = [];
    await importTranslation(db, { actor: owner, documentId, content: "It is raining. It is cold.", format: "txt", onProgress: (p) => reports.push(p) });
    expect(stages(reports)).toEqual(["reading", "aligning"]);
  });

  it("an annotation import reports placing each annotation, of how many", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Le DoD parle. Le contrat tient. Anthropic refuse." });
    const notes = ["DoD", "contrat", "refuse"].map((exact) => ({
      type: "Annotation",
      bodyValue: `Note on ${exact}`,
      motivation: "commenting",
      target: { selector: [{ type: "TextQuoteSelector", exact }] },
    }));
    const reports: WorkProgress[] = [];
    await importAnnotations(db, { actor: owner, documentId, json: JSON.stringify(notes), onProgress: (p) => reports.push(p) });
    expect(stages(reports)).toEqual(["reading", "placing"]);
    expect(reports.filter((r) => r.stage === "placing").map((r) => `${r.done}/${r.total}`)).toEqual(["0/3", "1/3", "2/3"]);
  });
});
