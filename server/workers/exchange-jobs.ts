import { readGlossary } from "@/core/formats/read-glossary";
import { parseXliff } from "@/core/formats/xliff/parse-xliff";
import type { XliffDocument } from "@/core/formats/xliff/xliff-model";
import { decodeText } from "@/core/import/decode-text";
import type { TermbaseEntry } from "@/core/terms/termbase-entry";

/** Exchange files whose parsing takes seconds at the size limit (a 20 MB XLIFF file, about 3 s). */
export type ExchangeJob = { kind: "xliff"; content: Uint8Array | string } | { kind: "glossary"; bytes: Uint8Array; fileName: string; maxBytes: number };

export type ExchangeResult<J extends ExchangeJob> = J extends { kind: "xliff" }
  ? XliffDocument
  : { format: "tbx" | "csv"; entries: TermbaseEntry[]; warnings: string[] };

/** Parses the file; refusals are thrown as the parsers throw them (coded DomainErrors). */
export function runExchangeJob<J extends ExchangeJob>(job: J): ExchangeResult<J> {
  if (job.kind === "xliff") return parseXliff(typeof job.content === "string" ? job.content : decodeText(job.content).text) as ExchangeResult<J>;
  return readGlossary(job.bytes, job.fileName, { maxBytes: job.maxBytes }) as ExchangeResult<J>;
}
