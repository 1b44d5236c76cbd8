import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkProgress } from "@/core/work/progress";
import type { Actor } from "@/server/access/actor";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { exportTmx } from "@/server/tm/export-tmx";
import { importTmx } from "@/server/tm/import-tmx";
import { writeUnits } from "@/server/tm/write-units";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
afterAll(() => db.$disconnect());

const DTD = path.resolve("core/formats/tmx/__fixtures__/tmx14.dtd");
const OTHER_TOOL = fs.readFileSync(path.resolve("core/formats/tmx/__fixtures__/other-tool.tmx"));

/** `text` as a stream of small chunks, as a file or a request body arrives. */
async function* chunked(data: string | Uint8Array, size = 4096): AsyncGenerator<Uint8Array> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : new Uint8Array(data);
  for (let at = 0; at < bytes.byteLength; at += size) yield bytes.subarray(at, at + size);
}

async function exported(actor: Actor, projectId: string): Promise<string> {
  const file = await exportTmx(db, { actor, projectId });
  let text = "";
  const decoder = new TextDecoder();
  for await (const chunk of file.chunks) text += decoder.decode(chunk, { stream: true });
  return text;
}

const withoutHeaderDate = (tmx: string) => tmx.replace(/(<header[^>]*) creationdate="\d{8}T\d{6}Z"/u, "$1");

async function units(projectId: string) {
  return db.tmUnit.findMany({ where: { projectId }, orderBy: { id: "asc" } });
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e as AppError,
  );

let owner: Actor;
let projectA: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectA = (await createProject(db, { actor: owner, name: "Mémoire « A »" })).id;
  // Units as confirmed segments leave them: statuses, authors, documents, dates.
  await writeUnits(db, projectA, [
    {
      sourceText: "Le Pentagone évoque un risque.",
      targetText: "The Pentagon cites a risk.",
      status: "approved",
      origin: "segment",
      documentTitle: "Article du 3 novembre",
      authorName: "Ana Dias",
      sourceLang: "fr-FR",
      targetLang: "en-GB",
      changedAt: new Date("2025-11-03T08:15:42.317Z"),
    },
    {
      sourceText: "Coûts : 3 < 5 & 7.",
      targetText: "Costs: 3 < 5 & 7.",
      status: "translated",
      origin: "alignment",
      documentTitle: "Rapport",
      authorName: "Ben",
      changedAt: new Date("2025-12-01T17:00:05Z"),
    },
  ]);
  // …whose first version is older than its last change.
  await db.tmUnit.updateMany({ where: { projectId: projectA, status: "approved" }, data: { createdAt: new Date("2025-10-01T00:00:00Z") } });
  // …and units from another tool's file, with props, notes and inline codes.
  await importTmx(db, { actor: owner, projectId: projectA, bytes: chunked(OTHER_TOOL), fileName: "agence.tmx" });
});

describe("TMX import", () => {
  it("imports a file from another tool: fr-FR/en-US variants, props, notes, dates, authors", async () => {
    const project = (await createProject(db, { actor: owner, name: "Other tool" })).id;
    const result = await importTmx(db, { actor: owner, projectId: project, bytes: chunked(OTHER_TOOL, 100), fileName: "agence.tmx" });
    expect(result).toEqual({ read: 6, imported: 4, skipped: 2, inserted: 4, updated: 0 });
    const [first, second] = await units(project);
    expect(first).toMatchObject({
      sourceText: "Le Pentagone évoque un risque pour la chaîne d’approvisionnement.",
      targetText: "The Pentagon cites a supply chain risk.",
      status: "imported",
      origin: "tmx",
      documentTitle: "agence.tmx",
      authorName: "AGENCE\\paul",
      sourceLang: "fr-FR",
      targetLang: "en-US",
      updatedAt: new Date("2024-03-02T14:12:10Z"),
    });
    expect(JSON.parse(first.metadata)).toEqual({
      tuid: "1",
      props: [
        ["x-Domain:SingleString", "Défense"],
        ["x-Client", "Ministère"],
      ],
      notes: ["Validé par le client"],
      attributes: { usagecount: "3", lastusagedate: "20240410T080000Z" },
      source: { props: [["x-Context", "Titre"]] },
      creationDate: "2024-01-15T09:30:00.000Z",
      creationId: "AGENCE\\marie",
    });
    expect(second.sourceText).toBe("Cliquez sur Enregistrer pour garder le texte.");
  });

  it("counts pairs already stored as skipped, and a better copy as imported", async () => {
    const project = (await createProject(db, { actor: owner, name: "Again" })).id;
    await importTmx(db, { actor: owner, projectId: project, bytes: chunked(OTHER_TOOL), fileName: "a.tmx" });
    expect(await importTmx(db, { actor: owner, projectId: project, bytes: chunked(OTHER_TOOL), fileName: "a.tmx" })).toEqual({
      read: 6,
      imported: 0,
      skipped: 6,
      inserted: 0,
      updated: 0,
    });
    const better = new TextDecoder().decode(OTHER_TOOL).replace('<prop type="x-Client">', '<prop type="x-status">reviewed</prop><prop type="x-Client">');
    expect(await importTmx(db, { actor: owner, projectId: project, bytes: chunked(better), fileName: "a.tmx" })).toMatchObject({
      imported: 1,
      updated: 1,
      skipped: 5,
    });
    expect((await units(project)).map((u) => u.status)).toEqual(["reviewed", "imported", "imported", "imported"]);
  });

  it("reports progress as bytes read of the file's size", async () => {
    const project = (await createProject(db, { actor: owner, name: "Progress" })).id;
    const seen: WorkProgress[] = [];
    const body = tmxOf(5000, (i) => [`Phrase ${i}.`, `Sentence ${i}.`]);
    const total = new TextEncoder().encode(body).byteLength;
    await importTmx(db, { actor: owner, projectId: project, bytes: chunked(body), totalBytes: total, fileName: "p.tmx", onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every((p) => p.stage === "reading" && p.total === total)).toBe(true);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen.at(-1)!.done).toBe(total);
  });

  it("leaves nothing half-imported when the file turns out malformed midway", async () => {
    const project = (await createProject(db, { actor: owner, name: "Half" })).id;
    await importTmx(db, { actor: owner, projectId: project, bytes: chunked(tmxOf(10, (i) => [`Phrase ${i}.`, `Sentence ${i}.`])), fileName: "ok.tmx" });
    const before = await units(project);
    // 6,000 good units (three batches written) — one of them improving a stored unit — then a broken tag.
    const good = tmxOf(
      6000,
      (i) => [`Phrase ${i}.`, `Sentence ${i}.`],
      (i) => (i === 3 ? '<prop type="x-status">approved</prop>' : ""),
    );
    const broken = good.replace("</body>", "<tu><tuv xml:lang='fr'><seg>Cassé.</tuv></tu></body>");
    const error = await refusal(importTmx(db, { actor: owner, projectId: project, bytes: chunked(broken), fileName: "broken.tmx" }));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(/^The file is not well-formed XML \(line 6\d{3}\)/);
    expect(await units(project)).toEqual(before);
  });

  it("refuses hostile XML, an empty memory and a file without French and English, writing nothing", async () => {
    const project = (await createProject(db, { actor: owner, name: "Refusals" })).id;
    const xxe = fs.readFileSync(path.resolve("core/formats/tmx/__fixtures__/hostile/xxe.tmx"));
    expect(await refusal(importTmx(db, { actor: owner, projectId: project, bytes: chunked(xxe), fileName: "x.tmx" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { reason: "HOSTILE_XML", line: 2 },
    });
    expect(await refusal(importTmx(db, { actor: owner, projectId: project, bytes: chunked(tmxOf(0, () => ["", ""])), fileName: "e.tmx" }))).toMatchObject({
      code: "INVALID_INPUT",
      message: "The file has no translation units (<tu>).",
    });
    const german = tmxOf(3, (i) => [`Satz ${i}.`, `Sentence ${i}.`]).replaceAll('xml:lang="fr-FR"', 'xml:lang="de-DE"');
    expect(await refusal(importTmx(db, { actor: owner, projectId: project, bytes: chunked(german), fileName: "de.tmx" }))).toMatchObject({
      code: "UNREADABLE_FILE",
      message: "None of the 3 units has both a French and an English text; nothing was imported.",
    });
    expect(await refusal(importTmx(db, { actor: owner, projectId: project, bytes: chunked(OTHER_TOOL), fileName: "big.tmx", maxBytes: 1000 }))).toMatchObject({
      code: "TOO_LARGE",
    });
    expect(await units(project)).toEqual([]);
  });

  it("is for members who may import; others get FORBIDDEN or NOT_FOUND", async () => {
    const viewer = await createUser(db, { projectId: projectA, role: "viewer" });
    const stranger = await createUser(db);
    expect((await refusal(importTmx(db, { actor: viewer, projectId: projectA, bytes: chunked(OTHER_TOOL), fileName: "v.tmx" }))).code).toBe("FORBIDDEN");
    expect((await refusal(importTmx(db, { actor: stranger, projectId: projectA, bytes: chunked(OTHER_TOOL), fileName: "v.tmx" }))).code).toBe("NOT_FOUND");
    expect((await refusal(exportTmx(db, { actor: stranger, projectId: projectA }))).code).toBe("NOT_FOUND");
    expect(await exported(viewer, projectA)).toContain("<tmx");
  });
});

describe("TMX export", () => {
  it("is valid against the TMX 1.4b DTD and names the project's file safely", async () => {
    const file = await exportTmx(db, { actor: owner, projectId: projectA });
    expect(file.fileName).toBe("Memoire-A-memory.tmx");
    expect(file.contentType).toBe("application/x-tmx+xml; charset=utf-8");
    expect(file.units).toBe(6);
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--dtdvalid", DTD, "-"], { input: await exported(owner, projectA), encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("round-trips: imported into a fresh project, the same units export the same file", async () => {
    const first = await exported(owner, projectA);
    const fresh = (await createProject(db, { actor: owner, name: "Fresh" })).id;
    expect(await importTmx(db, { actor: owner, projectId: fresh, bytes: chunked(first, 1000), fileName: "a.tmx" })).toMatchObject({
      read: 6,
      imported: 6,
      skipped: 0,
    });
    expect(withoutHeaderDate(await exported(owner, fresh))).toBe(withoutHeaderDate(first));
    const pick = (u: Awaited<ReturnType<typeof units>>[number]) => ({
      sourceText: u.sourceText,
      targetText: u.targetText,
      status: u.status,
      authorName: u.authorName,
      documentTitle: u.documentTitle,
      sourceLang: u.sourceLang,
      targetLang: u.targetLang,
      date: Math.floor(u.updatedAt.getTime() / 1000),
    });
    expect((await units(fresh)).map(pick)).toEqual((await units(projectA)).map(pick));
    const approved = (await units(fresh)).find((u) => u.status === "approved")!;
    expect(JSON.parse(approved.metadata)).toMatchObject({ origin: "segment", creationDate: "2025-10-01T00:00:00.000Z" });
  });

  it("records imports and exports in the audit log", async () => {
    const events = await db.auditEvent.findMany({ where: { projectId: projectA, action: { startsWith: "memory." } }, orderBy: { createdAt: "asc" } });
    expect(events[0]).toMatchObject({ action: "memory.imported" });
    expect(JSON.parse(events[0].details)).toEqual({ fileName: "agence.tmx", read: 6, imported: 4, skipped: 2 });
    expect(events.some((e) => e.action === "memory.exported" && JSON.parse(e.details).count === 6)).toBe(true);
  });
});

/** A TMX of `count` units made by `pair`, with extra markup per unit from `extra`. */
function tmxOf(count: number, pair: (i: number) => [string, string], extra: (i: number) => string = () => ""): string {
  let body = "";
  for (let i = 0; i < count; i++) {
    const [fr, en] = pair(i);
    body += `<tu>${extra(i)}<tuv xml:lang="fr-FR"><seg>${fr}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr-FR" datatype="plaintext"/>\n<body>\n${body}</body>\n</tmx>\n`;
}
