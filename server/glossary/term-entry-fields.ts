import { z } from "zod";
import { parseTermDetails, termDetailsSchema } from "@/core/terms/term-details";
import type { TermbaseEntry } from "@/core/terms/termbase-entry";
import { AppError } from "../errors";

const term = z.string().trim().max(300, "A term is at most 300 characters.");
const text = z.string().trim().max(5000, "Definitions and notes are at most 5,000 characters.");
const terms = z.array(term.min(1)).max(30, "At most 30 terms per list.");

/** Only web links: a `javascript:` or `data:` URL in a glossary must never become a clickable link. */
const sourceUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => value === "" || /^https?:\/\/[^\s]+$/i.test(value), "The source must be an http(s) address, or empty.");

/** What a user or an import may set on a termbase entry; validated the same way everywhere. */
export const termEntryFieldsSchema = z.object({
  source: term.min(1, "The French term is required."),
  preferred: term.default(""),
  admitted: terms.default([]),
  forbidden: terms.default([]),
  definition: text.default(""),
  note: text.default(""),
  domain: z.string().trim().max(200).default(""),
  partOfSpeech: z.string().trim().max(50).default(""),
  sourceUrl: sourceUrl.default(""),
  /** The concept this French term belongs to (synonyms share it); absent = leave as it is. */
  conceptId: z.string().trim().max(200).optional(),
  /** The TBX data beyond the columns (imports only); absent = leave as it is. */
  details: termDetailsSchema.optional(),
});

export type TermEntryFields = z.infer<typeof termEntryFieldsSchema>;

/** Validated fields, or INVALID_INPUT naming the first problem (and the entry, for imports). */
export function parseTermEntryFields(input: unknown, where = ""): TermEntryFields {
  const parsed = termEntryFieldsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError("INVALID_INPUT", `${where}${issue.message}`, { field: issue.path.join(".") });
}

/** The row columns for a set of fields (lists and details are stored as JSON; absent concept and details are left as they are). */
export function toTermEntryColumns(fields: TermEntryFields) {
  const { conceptId, details, ...columns } = fields;
  return {
    ...columns,
    admitted: JSON.stringify(fields.admitted),
    forbidden: JSON.stringify(fields.forbidden),
    ...(conceptId ? { conceptId } : {}),
    ...(details ? { details: JSON.stringify(details) } : {}),
  };
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export interface TermEntryRow {
  id: string;
  source: string;
  preferred: string;
  admitted: string;
  forbidden: string;
  definition: string;
  note: string;
  domain: string;
  partOfSpeech: string;
  sourceUrl: string;
  conceptId: string;
  /** Absent when the query left it out (most readers need only the columns). */
  details?: string;
}

/**
 * A stored entry as the pure model every matcher and format reads. Its TBX details are parsed only
 * with `details: true`: they can be kilobytes per entry, and the matcher, QA and the workbench
 * never read them.
 */
export function toTermbaseEntry(row: TermEntryRow, options: { details?: boolean } = {}): TermbaseEntry & { id: string } {
  return {
    id: row.id,
    source: row.source,
    preferred: row.preferred,
    admitted: parseList(row.admitted),
    forbidden: parseList(row.forbidden),
    definition: row.definition,
    note: row.note,
    domain: row.domain,
    partOfSpeech: row.partOfSpeech,
    sourceUrl: row.sourceUrl,
    // Rows from before the migration had none; it set their own id, and "" still means "its own".
    conceptId: row.conceptId || row.id,
    ...(options.details && row.details ? detailsOf(row.details) : {}),
  };
}

function detailsOf(json: string): { details?: NonNullable<TermbaseEntry["details"]> } {
  const details = parseTermDetails(json);
  return details ? { details } : {};
}

/** Case- and space-insensitive identity of a French term, to find an entry that already exists. */
export function sameTermKey(source: string): string {
  return source
    .normalize("NFC")
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("fr");
}
