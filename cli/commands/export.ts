import { parseArgs } from "node:util";
import { DRAFT_POLICIES, MISSING_TRANSLATION_POLICIES, type DraftPolicy, type MissingTranslationPolicy } from "@/core/formats/english-text";
import { EXPORT_FORMATS, exportDocument, type ExportFormat } from "@/server/documents/export-document";
import { CliError } from "../cli-error";
import { withDatabase } from "../database";

/** Writes raw bytes to stdout (a Word file is a zip: never re-encoded as text) and waits until flushed (back-pressure). */
function writeBytes(bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`${option} must be one of ${allowed.join(", ")}`, 2);
  return value as T;
}

/**
 * `export DOCUMENT_ID --format md|txt|html|xliff|xliff12|review-html|docx|docx-en [--missing mark|source|fail]
 * [--drafts keep|mark]`: writes the export to stdout. For the English formats (md, txt, docx-en),
 * --missing says what stands for an untranslated segment (`fail` exits 1 naming how many there
 * are) and --drafts mark flags unconfirmed translations.
 */
export async function runExport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: "string", default: "md" },
      missing: { type: "string", default: "mark" },
      drafts: { type: "string", default: "keep" },
      user: { type: "string" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new CliError("export takes exactly one DOCUMENT_ID", 2);
  const format = oneOf<ExportFormat>("--format", values.format, EXPORT_FORMATS);
  const missing = oneOf<MissingTranslationPolicy>("--missing", values.missing, MISSING_TRANSLATION_POLICIES);
  const drafts = oneOf<DraftPolicy>("--drafts", values.drafts, DRAFT_POLICIES);
  // Written as it is made (a page of segments at a time), while the database is still open.
  await withDatabase(async (db, actor) => {
    const file = await exportDocument(db, { actor, documentId: positionals[0], format, english: { missing, drafts } });
    for await (const chunk of file.chunks) await writeBytes(chunk);
  }, values.user);
}
