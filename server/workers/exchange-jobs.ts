import { readGlossary } from "@/core/formats/read-glossary";
import { readXliffStrict } from "@/core/formats/xliff/parse-xliff";
import { checkSchema } from "@/core/formats/xliff/validate/check-schema";
import type { XliffDropped } from "@/core/formats/xliff/validate/refuse";
import { parseXliff12 } from "@/core/formats/xliff12/parse-xliff12";
import type { XliffDocument } from "@/core/formats/xliff/xliff-model";
import { decodeText } from "@/core/import/decode-text";
import { sniffContent } from "@/core/import/sniff-content";
import type { TermbaseEntry } from "@/core/terms/termbase-entry";
import { xliffSchemaFiles } from "../documents/xliff-schema-files";

/** Exchange files whose parsing takes seconds at the size limit (a 20 MB XLIFF file, about 3 s). */
export type ExchangeJob =
  { kind: "xliff"; content: Uint8Array | string; lenient?: boolean } | { kind: "glossary"; bytes: Uint8Array; fileName: string; maxBytes: number };

export type ExchangeResult<J extends ExchangeJob> = J extends { kind: "xliff" }
  ? { document: XliffDocument; dropped: XliffDropped[] }
  : { format: "tbx" | "csv"; entries: TermbaseEntry[]; warnings: string[] };

/**
 * Parses the file; refusals are thrown as the parsers throw them (coded DomainErrors). XLIFF 1.x
 * (and Trados, memoQ, Phrase files) goes to the 1.2 reader; every other XLIFF file is read strictly
 * as XLIFF 2 (XSD and processing constraints, see readXliffStrict); `lenient` imports what is safe
 * and lists the rest.
 */
export async function runExchangeJob<J extends ExchangeJob>(job: J): Promise<ExchangeResult<J>> {
  if (job.kind === "xliff") {
    const xml = typeof job.content === "string" ? job.content : decodeText(job.content).text;
    if (sniffContent(xml).kind === "xliff1") {
      const read: ExchangeResult<{ kind: "xliff"; content: string }> = { document: parseXliff12(xml), dropped: [] };
      return read as ExchangeResult<J>;
    }
    const schema = (text: string) => checkSchema(text, xliffSchemaFiles());
    return (await readXliffStrict(xml, schema, { lenient: job.lenient === true })) as ExchangeResult<J>;
  }
  return readGlossary(job.bytes, job.fileName, { maxBytes: job.maxBytes }) as ExchangeResult<J>;
}
