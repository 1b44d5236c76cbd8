/**
 * Everything a termbase entry carries beyond its columns: the TBX-Basic data of its concept, of its
 * French term, of the concept's English terms and of any other language, so a TBX file round-trips
 * with nothing lost.
 *
 * Why tagged items rather than one named field per data category: TBX-Basic is a closed list of
 * about twenty data categories, each carried by one of a few element kinds (descrip, admin,
 * termNote, note, xref, ref, transac…), at a few levels, sometimes grouped (`descripGrp` =
 * a definition with its source). Keeping each level as the ordered list of those elements, tagged
 * by element and category, makes the round trip exact (order, grouping, repeats) and lets one table
 * of categories (core/formats/tbx/basic-categories.ts) drive reading, checking and writing. Views
 * read them through the small getters at the end of this file.
 */

import { z } from "zod";

/** The TBX elements that carry data categories (DCA style; DCT elements are read into these). */
export const ITEM_ELEMENTS = ["descrip", "admin", "termNote", "note", "xref", "ref", "transac", "date", "transacNote"] as const;

const value = z.string().max(20_000);
const name = z.string().max(200);

/** A person or other object a `target` points at, kept from the file's back matter (`refObjectSec`). */
const refObjectSchema = z.object({
  section: name,
  items: z.array(z.object({ type: name, value })).max(50),
});

const leafSchema = z.object({
  element: z.enum(ITEM_ELEMENTS),
  /** The data category (`type` attribute), absent for note and date. */
  type: name.optional(),
  target: z.string().max(2000).optional(),
  value,
  refObject: refObjectSchema.optional(),
});

/** One TBX element; `group` holds its companions when it was written in a descripGrp/adminGrp/termNoteGrp/transacGrp. */
export const tbxItemSchema = leafSchema.extend({ group: z.array(leafSchema).max(50).optional() });

const itemsSchema = z.array(tbxItemSchema).max(2000);

/** A term of another language than this entry's French one: its text and its termSec data. */
export const tbxTermSchema = z.object({ term: z.string().max(2000), items: itemsSchema });

/** A language section: its language tag, its own data (definitions, notes…) and its terms. */
export const tbxLanguageSchema = z.object({ lang: z.string().max(50), items: itemsSchema, terms: z.array(tbxTermSchema).max(500) });

/** The details JSON of a TermEntry row. */
export const termDetailsSchema = z.object({
  /** The conceptEntry id in the file it came from, kept for the export. */
  tbxId: z.string().max(200).optional(),
  /** Concept-level data (subject field, notes, cross-references, transactions), shared by synonyms. */
  concept: itemsSchema,
  /** The French language section's own data (its definitions, notes, transactions). */
  frenchLang: z.string().max(50).optional(),
  french: itemsSchema,
  /** This entry's French term's termSec data (part of speech, status, contexts, sources…). */
  term: itemsSchema,
  /** Rank of this French term among its concept's French terms (synonyms), for the export order. */
  position: z.number().int().min(0).max(10_000),
  /** The English section with every English term in file order (the columns say which to use). */
  english: tbxLanguageSchema.optional(),
  /** Other languages' sections, kept as they were. */
  others: z.array(tbxLanguageSchema).max(50),
});

export type TbxItem = z.infer<typeof tbxItemSchema>;
export type TbxLeaf = z.infer<typeof leafSchema>;
export type TbxTerm = z.infer<typeof tbxTermSchema>;
export type TbxLanguage = z.infer<typeof tbxLanguageSchema>;
export type TermDetails = z.infer<typeof termDetailsSchema>;

/** Details read back from a stored JSON text; anything unreadable counts as none (never throws). */
export function parseTermDetails(json: string): TermDetails | undefined {
  if (json === "") return undefined;
  try {
    const parsed = termDetailsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A line break followed by indentation is a pretty-printer's, not the author's: one space where text is shown. */
export function unindent(value: string): string {
  return value.replace(/[ \t]*\r?\n[ \t]+/gu, " ");
}

/** Items of one element and category, wherever they sit at this level (grouped or not). */
export function itemsOf(items: readonly TbxItem[], element: TbxItem["element"], type?: string): TbxItem[] {
  return items.filter((item) => item.element === element && (type === undefined || item.type === type));
}

/** The values of a category at one level. */
export function valuesOf(items: readonly TbxItem[], element: TbxItem["element"], type?: string): string[] {
  return itemsOf(items, element, type)
    .map((item) => item.value)
    .filter((v) => v !== "");
}

/** A definition or context with the source given beside it in its descripGrp, for display. */
export function withSources(items: readonly TbxItem[], type: "definition" | "context"): { text: string; source?: string }[] {
  return itemsOf(items, "descrip", type).map((item) => {
    const source = item.group?.find((g) => g.element === "admin" && g.type === "source")?.value;
    return source ? { text: unindent(item.value), source: unindent(source) } : { text: unindent(item.value) };
  });
}
