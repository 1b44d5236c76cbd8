/**
 * The TBX-Basic data categories (LTAC's TBX-Basic dialect, DCA Schematron TBX-Basic_DCA.sch): for
 * each, the element that carries it, the levels where it may appear and, for picklists, the values
 * it may take. The one home of these rules: the reader checks imports with them, the writer's
 * tests check exports with them, and DCT-style elements (`<basic:partOfSpeech>`) are mapped to
 * their DCA element through the same table.
 */

import type { TbxItem } from "../../terms/term-details";

export type Level = "concept" | "lang" | "term";

export interface Category {
  element: TbxItem["element"];
  levels: readonly Level[];
  values?: readonly string[];
}

const ALL: readonly Level[] = ["concept", "lang", "term"];

/** Parts of speech TBX-Basic allows (its Schematron's picklist; "properNoun" is not in it). */
export const PARTS_OF_SPEECH = ["noun", "verb", "adjective", "adverb", "other"] as const;

export const ADMINISTRATIVE_STATUSES = ["preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"] as const;

export const BASIC_CATEGORIES: Readonly<Record<string, Category>> = {
  subjectField: { element: "descrip", levels: ["concept"] },
  definition: { element: "descrip", levels: ["concept", "lang"] },
  context: { element: "descrip", levels: ["term"] },
  customerSubset: { element: "admin", levels: ["concept", "term"] },
  projectSubset: { element: "admin", levels: ["concept", "term"] },
  source: { element: "admin", levels: ALL },
  crossReference: { element: "ref", levels: ["concept", "term"] },
  externalCrossReference: { element: "xref", levels: ALL },
  xGraphic: { element: "xref", levels: ["concept", "lang"] },
  administrativeStatus: { element: "termNote", levels: ["term"], values: ADMINISTRATIVE_STATUSES },
  partOfSpeech: { element: "termNote", levels: ["term"], values: PARTS_OF_SPEECH },
  termType: { element: "termNote", levels: ["term"], values: ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"] },
  grammaticalGender: { element: "termNote", levels: ["term"], values: ["masculine", "feminine", "neuter", "other"] },
  geographicalUsage: { element: "termNote", levels: ["term"] },
  termLocation: {
    element: "termNote",
    levels: ["term"],
    values: [
      "checkBox",
      "comboBox",
      "comboBoxElement",
      "dialogBox",
      "groupBox",
      "informativeMessage",
      "interactiveMessage",
      "menuItem",
      "progressBar",
      "pushButton",
      "radioButton",
      "slider",
      "spinBox",
      "tab",
      "tableText",
      "textBox",
      "toolTip",
      "user-definedType",
    ],
  },
  transactionType: { element: "transac", levels: ALL, values: ["origination", "modification"] },
  responsibility: { element: "transacNote", levels: ALL },
};

/** Elements that hold an item and its companions. */
export const GROUP_ELEMENTS = new Set(["descripGrp", "adminGrp", "termNoteGrp", "transacGrp"]);

/** A problem with a file's TBX-Basic data, at a line. */
export interface BasicViolation {
  line: number;
  message: string;
}

/**
 * What breaks TBX-Basic in one item at `level`, or null. Untyped elements (note, date) are always
 * allowed; a typed one must be a Basic category of that element, at an allowed level, with an
 * allowed value; a `target` must be a web address or an id of the file.
 */
export function checkItem(item: { element: string; type?: string; value: string; target?: string }, level: Level, ids: ReadonlySet<string>): string | null {
  if (item.target !== undefined) {
    const problem = checkTarget(item.target, ids);
    if (problem) return problem;
  }
  if (item.element === "note" || item.element === "date") return null;
  const type = item.type ?? "";
  if (type === "") return `<${item.element}> has no data category (type attribute)`;
  const category = Object.hasOwn(BASIC_CATEGORIES, type) ? BASIC_CATEGORIES[type] : undefined;
  if (!category || category.element !== item.element) return `<${item.element} type="${type}"> is not a TBX-Basic data category`;
  if (!category.levels.includes(level)) return `${type} may only appear at level(s) ${category.levels.map(levelName).join(", ")}, not ${levelName(level)}`;
  if (category.values && !category.values.includes(item.value)) return `${type} "${item.value}" is not one of ${category.values.join(", ")}`;
  return null;
}

/** What is wrong with a `target` that is neither a web address nor an id of the file, or null. */
export function checkTarget(target: string, ids: ReadonlySet<string>): string | null {
  return /^https?:\/\/.+/u.test(target) || ids.has(target) ? null : `target "${target}" is neither an http(s) address nor the id of an element of the file`;
}

const levelName = (level: Level) => ({ concept: "conceptEntry", lang: "langSec", term: "termSec" })[level];
