import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";

/** Strict XLIFF 2 reading through the document import: refusals with line and rule, and "import anyway". */
const { db } = createTestDb();
let owner: Actor;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Strict XLIFF" })).id;
});

const bytes = (text: string) => new TextEncoder().encode(text);
const xliff = (units: string) =>
  `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en">\n<file id="f1">\n${units}\n</file>\n</xliff>`;
const GOOD = `<unit id="u1">\n<segment id="s1" state="translated">\n<source>Il pleut.</source>\n<target>It rains.</target>\n</segment>\n</unit>`;
// An opening code without its closing code (XLIFF 2.1, sc/ec pairing).
const UNPAIRED = `<unit id="u2">\n<segment id="s1">\n<source><sc id="1"/>Il neige.</source>\n</segment>\n</unit>`;
// An attribute the core schema does not allow on <unit>.
const UNKNOWN_ATTRIBUTE = `<unit id="u3" colour="red">\n<segment id="s1">\n<source>Il vente.</source>\n</segment>\n</unit>`;

async function refusal(content: string): Promise<AppError> {
  const error = await importDocument(db, { actor: owner, projectId, content: bytes(content), fileName: "bad.xlf" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("strict XLIFF 2 import", () => {
  it("refuses a file that breaks a processing constraint, with the line and the rule, creating nothing", async () => {
    const before = await db.document.count();
    const error = await refusal(xliff(`${GOOD}\n${UNPAIRED}`));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe(`Line 12: <sc id="1"> has no matching <ec startRef="1"> after it in its unit.`);
    expect(error.details).toMatchObject({ reason: "XLIFF_VIOLATION", code: "SC_WITHOUT_EC", line: 12, id: "1", others: 0 });
    expect(await db.document.count()).toBe(before);
  });

  it("refuses a file that breaks the schema (checked with the OASIS XSD on the server)", async () => {
    const error = await refusal(xliff(`${GOOD}\n${UNKNOWN_ATTRIBUTE}`));
    expect(error.details).toMatchObject({ reason: "XLIFF_VIOLATION", code: "SCHEMA", line: 10 });
    expect(error.message).toMatch(
      /^Line 10: the file does not follow the XLIFF 2 schema: Element 'unit', attribute 'colour': The attribute 'colour' is not allowed\./u,
    );
  });

  it("imports anyway what breaks nothing, and lists what it left out", async () => {
    const result = await importDocument(db, {
      actor: owner,
      projectId,
      content: bytes(xliff(`${GOOD}\n${UNPAIRED}\n${UNKNOWN_ATTRIBUTE}`)),
      fileName: "mixed.xlf",
      importAnyway: true,
    });
    expect(result.segments).toBe(1);
    expect(result.dropped?.map((d) => [d.kind, d.unitId, d.violation.code, d.violation.line])).toEqual([
      ["unit", "u2", "SC_WITHOUT_EC", 12],
      ["unit", "u3", "SCHEMA", 15],
    ]);
    const segments = (await getWorkbench(db, { actor: owner, documentId: result.documentId })).segments;
    expect(segments.map((s) => [s.sourceText, s.targetText, s.status])).toEqual([["Il pleut.", "It rains.", "translated"]]);
  });

  it("refuses a valid file with nothing to translate (the suite's almostEmpty.xlf) with a clear message", async () => {
    const empty = xliff(`<group id="g1"/>`);
    const error = await refusal(empty);
    expect(error.message).toBe("This XLIFF file has nothing to translate: it has no segments.");
    expect(error.details).toMatchObject({ reason: "XLIFF_NO_SEGMENTS" });
  });

  it("still refuses, even anyway, a file with nothing left to import", async () => {
    const error = await importDocument(db, { actor: owner, projectId, content: bytes(xliff(UNPAIRED)), importAnyway: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID_INPUT", details: { code: "SC_WITHOUT_EC" } });
  });
});
