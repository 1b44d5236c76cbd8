import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createTermEntry } from "@/server/glossary/create-term-entry";
import { deleteTermEntry } from "@/server/glossary/delete-term-entry";
import { exportGlossary } from "@/server/glossary/export-glossary";
import { importGlossary } from "@/server/glossary/import-glossary";
import { listTermEntries } from "@/server/glossary/list-term-entries";
import { updateTermEntry } from "@/server/glossary/update-term-entry";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
afterAll(() => db.$disconnect());

const SUPPLY = "risque pour la chaîne d'approvisionnement";
const DOC_A =
  "Le Pentagone évoque des risques pour les chaînes d’approvisionnement. La désignation de risque inquiète.\n\nUn risque pour la chaîne d'approvisionnement demeure.";
const DOC_B = "Les Risques pour la chaîne d’approvisionnement sont réels.";

const bytes = (text: string) => new TextEncoder().encode(text);
const error = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e as AppError,
  );

async function newProject(owner: Actor, name = `G-${Math.random()}`) {
  return (await createProject(db, { actor: owner, name })).id;
}

async function entries(projectId: string) {
  return db.termEntry.findMany({ where: { projectId }, orderBy: { source: "asc" } });
}

/** Everything a user sees of a project's glossary, without ids and times. */
async function snapshot(projectId: string) {
  return (await entries(projectId)).map((e) => ({
    source: e.source,
    preferred: e.preferred,
    admitted: e.admitted,
    forbidden: e.forbidden,
    definition: e.definition,
    note: e.note,
    domain: e.domain,
    partOfSpeech: e.partOfSpeech,
    sourceUrl: e.sourceUrl,
  }));
}

let owner: Actor;
beforeAll(async () => {
  owner = await createUser(db);
});

describe("glossary entries", () => {
  let projectId: string;
  beforeAll(async () => {
    projectId = await newProject(owner);
    await importDocument(db, { actor: owner, projectId, content: DOC_A });
    await importDocument(db, { actor: owner, projectId, content: DOC_B });
    // Occurrences in another project must not count.
    const other = await newProject(owner);
    await importDocument(db, { actor: owner, projectId: other, content: DOC_B });
  });

  it("lists a new entry with its occurrences in the project's documents, inflections included", async () => {
    const created = await createTermEntry(db, {
      actor: owner,
      projectId,
      fields: { source: SUPPLY, preferred: "supply chain risk", admitted: ["supply-chain risk"] },
    });
    await createTermEntry(db, { actor: owner, projectId, fields: { source: "désignation de risque", preferred: "risk designation" } });
    await createTermEntry(db, { actor: owner, projectId, fields: { source: "souveraineté numérique", preferred: "digital sovereignty" } });
    const { entries: list } = await listTermEntries(db, { actor: owner, projectId });
    expect(list.map((e) => e.source)).toEqual(["désignation de risque", SUPPLY, "souveraineté numérique"]);
    const supply = list.find((e) => e.id === created.id)!;
    expect(supply).toMatchObject({ source: SUPPLY, preferred: "supply chain risk", admitted: ["supply-chain risk"], occurrences: 3, documents: 2 });
    expect(list.find((e) => e.source === "désignation de risque")).toMatchObject({ occurrences: 1, documents: 1 });
    expect(list.find((e) => e.source === "souveraineté numérique")).toMatchObject({ occurrences: 0, documents: 0 });
  });

  it("refuses a second entry for the same term (case, apostrophe) with the existing entry's id", async () => {
    const existing = (await entries(projectId)).find((e) => e.source === SUPPLY)!;
    const count = await db.termEntry.count({ where: { projectId } });
    const e = await error(
      createTermEntry(db, { actor: owner, projectId, fields: { source: "Risque pour la chaîne d’approvisionnement", preferred: "other" } }),
    );
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe("CONFLICT");
    expect(e.details).toMatchObject({ reason: "DUPLICATE_TERM", entryId: existing.id });
    expect(await db.termEntry.count({ where: { projectId } })).toBe(count);
    // The same term in another project is no duplicate.
    const other = await newProject(owner);
    await expect(createTermEntry(db, { actor: owner, projectId: other, fields: { source: SUPPLY } })).resolves.toMatchObject({ source: SUPPLY });
  });

  it("lets only one of two concurrent creations of the same term through", async () => {
    const fresh = await newProject(owner);
    const results = await Promise.allSettled([
      createTermEntry(db, { actor: owner, projectId: fresh, fields: { source: "garde-fous", preferred: "guardrails" } }),
      createTermEntry(db, { actor: owner, projectId: fresh, fields: { source: "Garde-fous", preferred: "safeguards" } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected")!.reason as AppError;
    expect(refused.details).toMatchObject({ reason: "DUPLICATE_TERM" });
    expect(await db.termEntry.count({ where: { projectId: fresh } })).toBe(1);
  });

  it("lets only one of two entries renamed onto the same term at once have it", async () => {
    const fresh = await newProject(owner);
    const a = await createTermEntry(db, { actor: owner, projectId: fresh, fields: { source: "frappe" } });
    const b = await createTermEntry(db, { actor: owner, projectId: fresh, fields: { source: "attaque" } });
    const results = await Promise.allSettled([
      updateTermEntry(db, { actor: owner, entryId: a.id, baseUpdatedAt: a.updatedAt, fields: { source: "frappe ciblée" } }),
      updateTermEntry(db, { actor: owner, entryId: b.id, baseUpdatedAt: b.updatedAt, fields: { source: "Frappe ciblée" } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const sources = (await db.termEntry.findMany({ where: { projectId: fresh } })).map((e) => e.source.toLowerCase());
    expect(sources).toHaveLength(2);
    expect(sources.filter((source) => source === "frappe ciblée")).toHaveLength(1);
  });

  it("refuses an update from a stale version and changes nothing", async () => {
    const entry = await createTermEntry(db, { actor: owner, projectId, fields: { source: "frappe", preferred: "strike" } });
    const translator = await createUser(db, { projectId, role: "translator" });
    const first = await updateTermEntry(db, {
      actor: translator,
      entryId: entry.id,
      baseUpdatedAt: entry.updatedAt,
      fields: { source: "frappe", preferred: "strike", definition: "Attaque militaire." },
    });
    expect(first.updatedAt).not.toBe(entry.updatedAt);
    const before = await db.termEntry.findUniqueOrThrow({ where: { id: entry.id } });
    const e = await error(
      updateTermEntry(db, { actor: owner, entryId: entry.id, baseUpdatedAt: entry.updatedAt, fields: { source: "frappe", preferred: "hit" } }),
    );
    expect(e.code).toBe("CONFLICT");
    expect(e.details).toMatchObject({ theirs: { preferred: "strike", definition: "Attaque militaire." } });
    expect(await db.termEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(before);
    // With the version just read, the same update goes through.
    await expect(
      updateTermEntry(db, { actor: owner, entryId: entry.id, baseUpdatedAt: first.updatedAt, fields: { source: "frappe", preferred: "hit" } }),
    ).resolves.toMatchObject({ preferred: "hit", definition: "" });
  });

  it("lets only one of two concurrent saves from the same version through", async () => {
    const entry = await createTermEntry(db, { actor: owner, projectId, fields: { source: "tir de barrage" } });
    const save = (preferred: string) =>
      updateTermEntry(db, { actor: owner, entryId: entry.id, baseUpdatedAt: entry.updatedAt, fields: { source: "tir de barrage", preferred } });
    const outcomes = await Promise.allSettled([save("barrage fire"), save("curtain fire")]);
    const saved = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].reason).toMatchObject({ code: "CONFLICT" });
    const winner = (saved[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof save>>>).value;
    expect((await db.termEntry.findUniqueOrThrow({ where: { id: entry.id } })).preferred).toBe(winner.preferred);
  });

  it("refuses renaming an entry onto another entry's term", async () => {
    const a = await createTermEntry(db, { actor: owner, projectId, fields: { source: "moratoire" } });
    const b = await createTermEntry(db, { actor: owner, projectId, fields: { source: "embargo" } });
    const e = await error(updateTermEntry(db, { actor: owner, entryId: b.id, baseUpdatedAt: b.updatedAt, fields: { source: "Moratoire" } }));
    expect(e.code).toBe("CONFLICT");
    expect(e.details).toMatchObject({ entryId: a.id });
    expect((await db.termEntry.findUniqueOrThrow({ where: { id: b.id } })).source).toBe("embargo");
  });

  it("refuses a javascript: or data: source URL, and other invalid fields", async () => {
    const count = await db.termEntry.count({ where: { projectId } });
    for (const sourceUrl of ["javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>x</script>", "ftp://example.org/x"]) {
      const e = await error(createTermEntry(db, { actor: owner, projectId, fields: { source: `terme ${sourceUrl}`, sourceUrl } }));
      expect(e.code).toBe("INVALID_INPUT");
      expect(e.message).toMatch(/http/);
      expect(e.details).toMatchObject({ field: "sourceUrl" });
    }
    await expect(createTermEntry(db, { actor: owner, projectId, fields: { source: "  " } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "source" },
    });
    await expect(createTermEntry(db, { actor: owner, projectId, fields: { source: "x".repeat(301) } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.termEntry.count({ where: { projectId } })).toBe(count);
    const entry = await createTermEntry(db, { actor: owner, projectId, fields: { source: "lien sûr", sourceUrl: "https://example.org/glossaire" } });
    expect(entry.sourceUrl).toBe("https://example.org/glossaire");
    const e = await error(
      updateTermEntry(db, {
        actor: owner,
        entryId: entry.id,
        baseUpdatedAt: entry.updatedAt,
        fields: { source: "lien sûr", sourceUrl: "javascript:alert(1)" },
      }),
    );
    expect(e.code).toBe("INVALID_INPUT");
    expect((await db.termEntry.findUniqueOrThrow({ where: { id: entry.id } })).sourceUrl).toBe("https://example.org/glossaire");
  });

  it("deleting an entry turns its glosses with a note into notes and removes the others", async () => {
    const { documentId } = await importDocument(db, {
      actor: owner,
      projectId,
      content: "La dissuasion nucléaire reste centrale. Sans dissuasion nucléaire, rien.",
    });
    const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
    const span = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
    const withNote = await createAnnotation(db, {
      actor: owner,
      segmentId: segments[0].id,
      ...span(segments[0].sourceText, "dissuasion nucléaire"),
      kind: "gloss",
      body: "Voir le Livre blanc.",
      entry: { preferred: "nuclear deterrence" },
    });
    const bare = await createAnnotation(db, {
      actor: owner,
      segmentId: segments[1].id,
      ...span(segments[1].sourceText, "dissuasion nucléaire"),
      kind: "gloss",
      body: "",
    });
    const other = await createAnnotation(db, { actor: owner, segmentId: segments[1].id, ...span(segments[1].sourceText, "rien"), kind: "gloss", body: "" });
    const entryId = withNote.entry!.id;
    expect(bare.entry!.id).toBe(entryId);
    expect(other.entry!.id).not.toBe(entryId);

    await deleteTermEntry(db, { actor: owner, entryId });
    expect(await db.termEntry.count({ where: { id: entryId } })).toBe(0);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: withNote.annotation.id } })).toMatchObject({
      kind: "note",
      termEntryId: null,
      body: "Voir le Livre blanc.",
      exact: "dissuasion nucléaire",
    });
    expect(await db.annotation.count({ where: { id: bare.annotation.id } })).toBe(0);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: other.annotation.id } })).toMatchObject({ kind: "gloss", termEntryId: other.entry!.id });
    await expect(deleteTermEntry(db, { actor: owner, entryId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("hides entries of other projects behind NOT_FOUND", async () => {
    const entry = (await entries(projectId))[0];
    const outsider = await createUser(db);
    await newProject(outsider);
    await expect(
      updateTermEntry(db, { actor: outsider, entryId: entry.id, baseUpdatedAt: entry.updatedAt.toISOString(), fields: { source: "pwned" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Glossary entry not found." });
    await expect(deleteTermEntry(db, { actor: outsider, entryId: entry.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Glossary entry not found.",
    });
    expect(await db.termEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });
});

const tbx = (concepts: string) => `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>${concepts}</body></text>
</tbx>
`;

const concept = (fr: string, english: [string, "preferredTerm-admn-sts" | "admittedTerm-admn-sts" | "deprecatedTerm-admn-sts"][], extra = "") => `
  <conceptEntry id="c-${Math.random().toString(36).slice(2)}">${extra}
    <langSec xml:lang="fr"><termSec><term>${fr}</term></termSec></langSec>
    <langSec xml:lang="en">${english.map(([t, s]) => `<termSec><term>${t}</term><termNote type="administrativeStatus">${s}</termNote></termSec>`).join("")}</langSec>
  </conceptEntry>`;

describe("glossary import and export", () => {
  it("imports TBX-Basic: new entries created, an existing entry completed but not overwritten", async () => {
    const projectId = await newProject(owner);
    const existing = await createTermEntry(db, {
      actor: owner,
      projectId,
      fields: { source: "chaîne d’approvisionnement", preferred: "supply chain", note: "Ours." },
    });
    const file = tbx(
      concept(
        "Chaîne d&apos;approvisionnement",
        [
          ["supply line", "preferredTerm-admn-sts"],
          ["logistics chain", "admittedTerm-admn-sts"],
        ],
        `<descrip type="subjectField">défense</descrip><note>Theirs.</note>`,
      ) +
        concept("désignation de risque", [
          ["risk designation", "preferredTerm-admn-sts"],
          ["risk label", "deprecatedTerm-admn-sts"],
        ]) +
        concept("frappe de précision", [["precision strike", "preferredTerm-admn-sts"]]),
    );
    const result = await importGlossary(db, { actor: owner, projectId, bytes: bytes(file), fileName: "defence.tbx" });
    expect(result).toMatchObject({ format: "tbx", read: 3, created: 2, updated: 1 });
    const after = await entries(projectId);
    expect(after).toHaveLength(3);
    const completed = after.find((e) => e.id === existing.id)!;
    expect(completed).toMatchObject({ source: "chaîne d’approvisionnement", preferred: "supply chain", note: "Ours.", domain: "défense" });
    expect(JSON.parse(completed.admitted)).toContain("logistics chain");
    expect(JSON.parse(completed.admitted)).not.toContain("supply chain");
    expect(after.find((e) => e.source === "désignation de risque")).toMatchObject({ preferred: "risk designation", forbidden: JSON.stringify(["risk label"]) });
    expect(await db.auditEvent.count({ where: { projectId, action: "glossary.imported" } })).toBe(1);
  });

  it("imports CSV (semicolon, lists joined by |) and completes existing entries", async () => {
    const projectId = await newProject(owner);
    await createTermEntry(db, { actor: owner, projectId, fields: { source: "risque", preferred: "risk", admitted: ["hazard"] } });
    const csv = "source;preferred;admitted;definition\nrisque;danger;peril|hazard;Possibilité d’un dommage.\nsouveraineté;sovereignty;;\n";
    const result = await importGlossary(db, { actor: owner, projectId, bytes: bytes(csv), fileName: "terms.csv" });
    expect(result).toMatchObject({ format: "csv", read: 2, created: 1, updated: 1 });
    const after = await entries(projectId);
    expect(after.map((e) => e.source)).toEqual(["risque", "souveraineté"]);
    expect(after[0]).toMatchObject({ preferred: "risk", definition: "Possibilité d’un dommage." });
    // The file's different preferred equivalent is kept, as an admitted one: the entry's own stays preferred.
    expect(JSON.parse(after[0].admitted).sort()).toEqual(["danger", "hazard", "peril"]);
    expect(after[1]).toMatchObject({ preferred: "sovereignty" });
  });

  const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE tbx [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
  <conceptEntry id="c1"><langSec xml:lang="fr"><termSec><term>&lol4;</term></termSec></langSec></conceptEntry>
</body></text></tbx>`;

  const REFUSED: [string, string, string, string][] = [
    ["a DOCTYPE with entities (billion laughs)", "laughs.tbx", BILLION_LAUGHS, "HOSTILE_XML"],
    [
      "an external entity (XXE)",
      "xxe.tbx",
      `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tbx><text><body><conceptEntry id="c"><langSec xml:lang="fr"><termSec><term>&x;</term></termSec></langSec></conceptEntry></body></text></tbx>`,
      "HOSTILE_XML",
    ],
    ["malformed XML", "broken.tbx", tbx(concept("risque", [["risk", "preferredTerm-admn-sts"]])).replace("</langSec>", "</langsec>"), "MALFORMED_XML"],
    ["XML that is not TBX", "other.xml", `<?xml version="1.0"?><html><body>risque</body></html>`, "NOT_TBX"],
    ["binary data", "blob.tbx", "\u0000\u0001\u0002PK\u0003\u0004", "BINARY_FILE"],
  ];

  for (const [what, fileName, content, reason] of REFUSED) {
    it(`refuses ${what} with a coded message and leaves the glossary unchanged`, async () => {
      const projectId = await newProject(owner);
      await createTermEntry(db, { actor: owner, projectId, fields: { source: "risque", preferred: "risk" } });
      const before = await snapshot(projectId);
      const e = await error(importGlossary(db, { actor: owner, projectId, bytes: bytes(content), fileName }));
      expect(e).toBeInstanceOf(AppError);
      expect(["INVALID_INPUT", "UNREADABLE_FILE"]).toContain(e.code);
      expect(e.message.length).toBeGreaterThan(10);
      expect(e.details).toMatchObject({ reason });
      expect(e.message).not.toMatch(/lollol|root:/);
      expect(await snapshot(projectId)).toEqual(before);
      expect(await db.auditEvent.count({ where: { projectId, action: "glossary.imported" } })).toBe(0);
    });
  }

  it("refuses a whole CSV when one row is invalid, naming the row", async () => {
    const projectId = await newProject(owner);
    await createTermEntry(db, { actor: owner, projectId, fields: { source: "risque", preferred: "risk" } });
    const before = await snapshot(projectId);
    const csv = `source,preferred,definition\nsouveraineté,sovereignty,\nrisque,,Un danger.\n${"é".repeat(400)},too long,\ndissuasion,deterrence,\n`;
    const e = await error(importGlossary(db, { actor: owner, projectId, bytes: bytes(csv), fileName: "bad.csv" }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toMatch(/Entry 3/);
    expect(e.message).toMatch(/300/);
    expect(await snapshot(projectId)).toEqual(before);
    const badUrl = `source,sourceUrl\nsouveraineté,https://example.org\ndissuasion,javascript:alert(1)\n`;
    await expect(importGlossary(db, { actor: owner, projectId, bytes: bytes(badUrl), fileName: "bad.csv" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await snapshot(projectId)).toEqual(before);
  });

  it("exports TBX and CSV that import into another project as equal entries", async () => {
    const from = await newProject(owner, "Défense & sécurité");
    const fields = [
      {
        source: SUPPLY,
        preferred: "supply chain risk",
        admitted: ["supply-chain risk"],
        forbidden: ["supply risk"],
        definition: "Risque <lié> aux « fournisseurs » & sous-traitants.",
        note: "Terme du DoD.",
        domain: "défense",
        partOfSpeech: "noun",
        sourceUrl: "https://example.org/a?b=1&c=2",
      },
      {
        source: "désignation de risque",
        preferred: "risk designation",
        admitted: [],
        forbidden: [],
        definition: "",
        note: '=HYPERLINK("x")',
        domain: "",
        partOfSpeech: "",
        sourceUrl: "",
      },
      {
        source: "IA",
        preferred: "AI",
        admitted: ["artificial intelligence"],
        forbidden: [],
        definition: "",
        note: "",
        domain: "",
        partOfSpeech: "properNoun",
        sourceUrl: "",
      },
    ];
    for (const f of fields) await createTermEntry(db, { actor: owner, projectId: from, fields: f });
    const expected = await snapshot(from);
    expect(expected).toHaveLength(3);

    for (const format of ["tbx", "csv"] as const) {
      const file = await exportGlossary(db, { actor: owner, projectId: from, format });
      expect(file.fileName).toBe(`Defense-securite-glossary.${format}`);
      const to = await newProject(owner);
      const result = await importGlossary(db, { actor: owner, projectId: to, bytes: bytes(file.body), fileName: file.fileName });
      expect(result).toMatchObject({ format, read: 3, created: 3, updated: 0 });
      // TBX-Basic v3 has no "properNoun" (its Schematron allows noun, verb, adjective, adverb,
      // other): the TBX export says noun and keeps the original in a note; CSV keeps free text.
      const want =
        format === "csv" ? expected : expected.map((e) => (e.source === "IA" ? { ...e, partOfSpeech: "noun", note: "Part of speech: properNoun" } : e));
      expect(await snapshot(to)).toEqual(want);
      // Importing the same file again changes nothing.
      expect(await importGlossary(db, { actor: owner, projectId: to, bytes: bytes(file.body), fileName: file.fileName })).toMatchObject({
        created: 0,
        updated: 3,
      });
      expect(await snapshot(to)).toEqual(want);
    }
    expect(await db.auditEvent.count({ where: { projectId: from, action: "glossary.exported" } })).toBe(2);
  });
});
