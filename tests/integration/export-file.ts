import type { Db } from "@/server/db/client";
import { exportBytes, exportDocument, type ExportDocumentOptions } from "@/server/documents/export-document";

/** An export read whole: its name and type, its bytes, and those bytes as UTF-8 text. */
export async function exportFile(db: Db, options: ExportDocumentOptions) {
  const file = await exportDocument(db, options);
  const bytes = await exportBytes(file);
  return { fileName: file.fileName, contentType: file.contentType, bytes, text: bytes.toString("utf8") };
}

/** A text export's content. */
export async function exportText(db: Db, options: ExportDocumentOptions): Promise<string> {
  return (await exportFile(db, options)).text;
}
