import { parseArgs } from "node:util";
import { EXPORT_FORMATS, exportDocument, type ExportFormat } from "@/server/documents/export-document";
import { CliError } from "../cli-error";
import { withDatabase } from "../database";
import { writeOut } from "../io";

/** Writes raw bytes to stdout (a Word file is a zip: never re-encoded as text) and waits until flushed. */
function writeBytes(bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
}

/** `export DOCUMENT_ID --format md|txt|html|xliff|review-html|docx|docx-en`: writes the export to stdout. */
export async function runExport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: "string", default: "md" }, user: { type: "string" } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliError("export takes exactly one DOCUMENT_ID", 2);
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(", ")}`, 2);
  const file = await withDatabase((db, actor) => exportDocument(db, { actor, documentId: positionals[0], format }), values.user);
  await (typeof file.body === "string" ? writeOut(file.body) : writeBytes(file.body));
}
