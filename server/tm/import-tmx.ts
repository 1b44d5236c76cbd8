import { TmxReader } from "@/core/formats/tmx/read-tmx";
import { MAX_TMX_BYTES } from "@/core/limits";
import type { ReportProgress } from "@/core/work/progress";
import { stageReporter } from "@/core/work/progress";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { fromDomainError } from "../from-domain-error";
import { unitFromTmx } from "./tmx-units";
import { writeUnits, type NewUnit } from "./write-units";

export { MAX_TMX_BYTES };

// Units handed to writeUnits at once: big enough for its multi-row statements, small enough to stay light.
const BATCH = 2_000;
// A 200 MB file writes about 600,000 units; at the measured ~5,000 a second that is two minutes.
const TRANSACTION_TIMEOUT_MS = 15 * 60_000;

export interface ImportTmxResult {
  /** `<tu>` elements in the file. */
  read: number;
  /** Units stored: new pairs plus pairs this file improved (better status or newer). read = imported + skipped. */
  imported: number;
  /** Units without both French and English text, and pairs already in the memory that the file did not improve. */
  skipped: number;
  inserted: number;
  updated: number;
}

export interface ImportTmxOptions {
  actor: Actor;
  projectId: string;
  /** The file's bytes, a chunk at a time (a file or request stream). */
  bytes: AsyncIterable<Uint8Array>;
  /** The file's size when known, for progress. */
  totalBytes?: number;
  fileName: string;
  maxBytes?: number;
  onProgress?: ReportProgress;
  ip?: string;
}

/** Refuses early (before an upload is received) a caller who may not import into the project's memory. */
export async function checkTmxImport(db: Db, actor: Actor, projectId: string): Promise<void> {
  await requireProjectAction(db, actor, projectId, "memory.import");
}

/**
 * Imports a TMX file into the project's memory, streamed and all or nothing: the file is read a
 * chunk at a time inside one transaction, units go through writeUnits (the one writer, deduplicated)
 * a batch at a time, and anything refused midway — malformed or hostile XML, a size past the cap,
 * a full disk — rolls the whole import back. Progress is the bytes read of the file's size.
 */
export async function importTmx(db: Db, options: ImportTmxOptions): Promise<ImportTmxResult> {
  await checkTmxImport(db, options.actor, options.projectId);
  const report = stageReporter(options.onProgress, "reading");
  const reader = new TmxReader({ maxBytes: options.maxBytes ?? MAX_TMX_BYTES });
  // Units without dates take the file's (so importing the same file again changes nothing), else now.
  const importedAt = new Date();
  const written = { inserted: 0, updated: 0, skipped: 0 };
  report(0, options.totalBytes ?? 0);
  try {
    await db.$transaction(
      async (tx) => {
        let batch: NewUnit[] = [];
        const flush = async () => {
          const result = await writeUnits(tx, options.projectId, batch);
          written.inserted += result.inserted;
          written.updated += result.updated;
          written.skipped += result.skipped;
          batch = [];
          report(reader.bytesRead, options.totalBytes ?? 0);
        };
        for await (const chunk of options.bytes) {
          for (const unit of reader.push(chunk)) batch.push(unitFromTmx(unit, options.fileName, reader.header?.creationDate ?? importedAt));
          if (batch.length >= BATCH) await flush();
        }
        for (const unit of reader.end()) batch.push(unitFromTmx(unit, options.fileName, reader.header?.creationDate ?? importedAt));
        await flush();
        refuseEmpty(reader);
      },
      { timeout: TRANSACTION_TIMEOUT_MS },
    );
  } catch (error) {
    fromDomainError(error);
  }
  const result: ImportTmxResult = {
    read: reader.read,
    imported: written.inserted + written.updated,
    skipped: reader.skipped + written.skipped,
    inserted: written.inserted,
    updated: written.updated,
  };
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId: options.projectId,
    action: "memory.imported",
    targetType: "project",
    targetId: options.projectId,
    details: { fileName: options.fileName, read: result.read, imported: result.imported, skipped: result.skipped },
    ip: options.ip,
  });
  return result;
}

/** A file with no unit to take is refused (nothing was written), saying why. */
function refuseEmpty(reader: TmxReader): void {
  if (reader.read === 0) throw new AppError("INVALID_INPUT", "The file has no translation units (<tu>).", { reason: "NO_UNITS" });
  if (reader.imported === 0) {
    throw new AppError(
      "UNREADABLE_FILE",
      `None of the ${reader.read.toLocaleString("en")} units has both a French and an English text; nothing was imported.`,
      {
        reason: "NO_FRENCH_ENGLISH_UNITS",
        read: reader.read,
      },
    );
  }
}
