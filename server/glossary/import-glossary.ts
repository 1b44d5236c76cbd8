import { randomUUID } from "node:crypto";
import type { TermbaseEntry } from "@/core/terms/termbase-entry";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { parseExchangeFile } from "../workers/parse-exchange";
import { AppError } from "../errors";
import { assertUploadSize } from "../documents/read-upload";
import { fromDomainError } from "../from-domain-error";
import { MAX_TERM_ENTRIES } from "./create-term-entry";
import { mergeFields } from "./merge-fields";
import { parseTermEntryFields, sameTermKey, toTermbaseEntry, toTermEntryColumns, type TermEntryFields } from "./term-entry-fields";
import { MAX_EXCHANGE_FILE_BYTES } from "@/core/limits";

/** Largest glossary file we read (bytes); TBX is verbose, so this is above the document limit. */
export const MAX_GLOSSARY_BYTES = MAX_EXCHANGE_FILE_BYTES;

/**
 * Imports a TBX or CSV glossary into a project, all or nothing: the file is decoded, parsed (hostile
 * XML refused) and every entry validated before anything is written, then one transaction adds new
 * terms and completes existing ones (same French term) without overwriting what users wrote. French
 * synonyms (one TBX concept) become entries sharing a conceptId, each with the concept's details.
 */
export async function importGlossary(db: Db, options: { actor: Actor; projectId: string; bytes: Uint8Array; fileName: string; ip?: string }) {
  await requireProjectAction(db, options.actor, options.projectId, "glossary.edit");
  assertUploadSize(options.bytes.byteLength, MAX_GLOSSARY_BYTES, "glossary");
  let parsed: Awaited<ReturnType<typeof parseExchangeFile<{ kind: "glossary"; bytes: Uint8Array; fileName: string; maxBytes: number }>>>;
  try {
    parsed = await parseExchangeFile({ kind: "glossary", bytes: options.bytes, fileName: options.fileName, maxBytes: MAX_GLOSSARY_BYTES });
  } catch (error) {
    fromDomainError(error);
  }
  const incoming = parsed.entries.map((entry, k) => ({
    fields: parseTermEntryFields(entry, `Entry ${k + 1} (${entry.source || "no French term"}): `),
    // Synonyms of one concept in the file share this key; entries without one are their own concept.
    fileConcept: entry.conceptId ?? `#${k}`,
  }));
  if (incoming.length === 0) throw new AppError("INVALID_INPUT", "The file has no glossary entries.");

  const result = await db.$transaction(async (tx) => {
    const existing = new Map(
      (await tx.termEntry.findMany({ where: { projectId: options.projectId } })).map((row) => [
        sameTermKey(row.source),
        toTermbaseEntry(row, { details: true }),
      ]),
    );
    const conceptOf = conceptIdsFor(incoming, existing);
    const fresh = new Map<string, TermEntryFields>();
    const updates = new Map<string, TermEntryFields & { id: string }>();
    for (const { fields, fileConcept } of incoming) {
      const key = sameTermKey(fields.source);
      const current = existing.get(key);
      if (current) {
        const base = updates.get(key) ?? { ...current, id: current.id };
        updates.set(key, { ...mergeFields(base, fields), id: current.id });
      } else {
        const earlier = fresh.get(key);
        fresh.set(key, earlier ? { ...mergeFields(earlier, fields), conceptId: earlier.conceptId } : { ...fields, conceptId: conceptOf.get(fileConcept) });
      }
    }
    if (existing.size + fresh.size > MAX_TERM_ENTRIES)
      throw new AppError("INVALID_INPUT", `A glossary holds at most ${MAX_TERM_ENTRIES.toLocaleString("en")} entries.`);
    await tx.termEntry.createMany({
      data: [...fresh.values()].map((f) => ({ projectId: options.projectId, createdById: options.actor.userId, ...toTermEntryColumns(f) })),
    });
    for (const { id, ...fields } of updates.values()) await tx.termEntry.update({ where: { id }, data: toTermEntryColumns(fields) });
    return { created: fresh.size, updated: updates.size };
  });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId: options.projectId,
    action: "glossary.imported",
    targetType: "project",
    targetId: options.projectId,
    details: { fileName: options.fileName, format: parsed.format, ...result },
    ip: options.ip,
  });
  // Warnings only when there are some: the CLI prints this object and its contract has no such key.
  return { format: parsed.format, read: incoming.length, ...result, ...(parsed.warnings.length > 0 ? { warnings: parsed.warnings } : {}) };
}

/**
 * The stored concept of each of the file's concepts: the concept of one of its terms the glossary
 * already has (a new synonym joins it), else a new one — never the file's own id, which two files
 * may both use for different concepts.
 */
function conceptIdsFor(incoming: { fields: TermEntryFields; fileConcept: string }[], existing: Map<string, TermbaseEntry>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const { fields, fileConcept } of incoming) {
    const known = existing.get(sameTermKey(fields.source))?.conceptId;
    if (known && !ids.has(fileConcept)) ids.set(fileConcept, known);
  }
  for (const { fileConcept } of incoming) if (!ids.has(fileConcept)) ids.set(fileConcept, randomUUID());
  return ids;
}
