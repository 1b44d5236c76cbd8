/** The glossary CSV layout shared by the reader and the writer, and the formula-injection guard. */

/** Columns in the order we write them; "admitted" and "forbidden" hold several terms joined by "|". */
export const GLOSSARY_COLUMNS = ["source", "preferred", "admitted", "forbidden", "definition", "note", "domain", "partOfSpeech", "sourceUrl"] as const;

/** A column of the glossary CSV (plus "id", read when present). */
export type GlossaryColumn = (typeof GLOSSARY_COLUMNS)[number] | "id";

/** Separator of the multi-term columns. */
export const TERM_SEPARATOR = "|";

const BY_FOLDED_NAME: ReadonlyMap<string, GlossaryColumn> = new Map([...GLOSSARY_COLUMNS, "id" as const].map((c) => [fold(c), c]));

/** The column a header cell names, case, spaces and punctuation ignored ("Part of speech", "source_url"), or null. */
export function columnOf(header: string): GlossaryColumn | null {
  return BY_FOLDED_NAME.get(fold(header)) ?? null;
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/gu, "");
}

// CSV formula injection: a spreadsheet runs a cell that starts with = + - @ (or tab/CR, which some
// strip first) as a formula, so a glossary note "=HYPERLINK(…)" could run on the reader's machine.
// The OWASP-recommended defence: prefix such cells with an apostrophe, which spreadsheets hide.
const FORMULA_START = /^[=+\-@\t\r]/u;
const GUARDED = /^'(?=[=+\-@\t\r])/u;

/** Prefixes a cell that a spreadsheet would run as a formula with an apostrophe. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Removes the apostrophe guardFormula added, so export → import gives back the same text. */
export function unguardFormula(value: string): string {
  return value.replace(GUARDED, "");
}
