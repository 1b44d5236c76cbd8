import { DomainError } from "@/core/errors";
import { parseInWorker } from "./parse-in-worker";

const failures = {
  unreadable: () => new DomainError("BINARY_FILE", "This DOCX file cannot be read (it is damaged or not a Word document)."),
  tooBig: () =>
    new DomainError("TOO_LARGE", "This Word file is too large or too complex to read; split it into several files, or save the text as .txt.", {
      reason: "DOCX_TOO_COMPLEX",
    }),
};

/**
 * The HTML mammoth makes of a Word file, computed in a worker thread (parse-in-worker.ts): mammoth
 * holds the whole document in memory and parses it in one go — 20 MB of XML took 11 s and 1.6 GB.
 * Check the unpacked size first (check-docx-size.ts).
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  let html = "";
  await parseInWorker("docx-to-html.worker.mjs", { bytes }, (message) => (html = message as string), failures);
  return html;
}
