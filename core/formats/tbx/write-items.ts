/**
 * Writes data-category items (core/terms/term-details.ts) as TBX-Basic DCA elements. Exports must
 * always be valid: an item that breaks TBX-Basic where it is written (a category Basic lacks, as TBX
 * 2008 files have, a value outside a picklist, a target that names nothing) is written as a note
 * saying what it was, and a free-text part of speech is mapped to an allowed one with the original
 * kept in a note — changed in form, never dropped.
 */

import type { TbxItem, TbxLeaf } from "../../terms/term-details";
import { checkItem, type Level } from "./basic-categories";
import { isBasicPartOfSpeech, toBasicPartOfSpeech } from "./part-of-speech";

/** The items made valid at `level` (see the file comment); `ids` are the ids the output will have. */
export function validItems(items: readonly TbxItem[], level: Level, ids: ReadonlySet<string>): TbxItem[] {
  const out: TbxItem[] = [];
  const notes: TbxItem[] = [];
  for (const item of items) {
    if (item.element === "termNote" && item.type === "partOfSpeech" && level === "term" && !isBasicPartOfSpeech(item.value)) {
      out.push({ element: "termNote", type: "partOfSpeech", value: toBasicPartOfSpeech(item.value) });
      notes.push({ element: "note", value: `Part of speech: ${item.value}` });
      continue;
    }
    const problem = checkItem(item, level, ids);
    if (problem) {
      notes.push(asNote(item));
      continue;
    }
    const group = item.group?.filter((leaf) => {
      if (!checkItem(leaf, level, ids)) return true;
      notes.push(asNote(leaf));
      return false;
    });
    const leaf: TbxItem = { ...item };
    delete leaf.group;
    out.push(group && group.length > 0 ? { ...leaf, group } : leaf);
  }
  // The core grammar wants a termSec's termNotes right after its term, before everything else.
  const all = [...out, ...notes];
  return level === "term" ? [...all.filter(isTermNote), ...all.filter((i) => !isTermNote(i))] : all;
}

const isTermNote = (item: TbxItem) => item.element === "termNote";

function asNote(item: TbxLeaf): TbxItem {
  const what = [item.element, item.type].filter(Boolean).join(" ");
  const target = item.target ? ` (${item.target})` : "";
  return { element: "note", value: `${what}: ${item.value}${target}` };
}

const GROUP_OF: Partial<Record<TbxItem["element"], string>> = { descrip: "descripGrp", admin: "adminGrp", termNote: "termNoteGrp", transac: "transacGrp" };

/** The elements of `items`, one per line at `indent`. */
export function writeItems(items: readonly TbxItem[], indent: string): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const groupName = GROUP_OF[item.element];
    if (item.group && item.group.length > 0 && groupName) {
      lines.push(
        `${indent}<${groupName}>`,
        `${indent}  ${element(item)}`,
        ...item.group.map((leaf) => `${indent}  ${element(leaf)}`),
        `${indent}</${groupName}>`,
      );
    } else {
      lines.push(`${indent}${element(item)}`);
    }
  }
  return lines;
}

function element(leaf: TbxLeaf): string {
  const type = leaf.type !== undefined ? ` type="${attr(leaf.type)}"` : "";
  const target = leaf.target !== undefined ? ` target="${attr(leaf.target)}"` : "";
  return `<${leaf.element}${type}${target}>${text(leaf.value)}</${leaf.element}>`;
}

// Characters XML 1.0 cannot carry at all (C0 controls but tab/newline/CR, U+FFFE/U+FFFF, lone
// surrogates) are dropped: writing them would make the file unreadable by every parser.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Escapes element content; "\r" is kept as a reference, or parsers would turn it into "\n". */
export function text(value: string): string {
  return value.replace(NOT_XML, "").replace(/[&<>\r]/gu, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&#13;"));
}

/** Escapes an attribute value; whitespace other than spaces would be normalised away unescaped. */
export function attr(value: string): string {
  const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };
  return value.replace(NOT_XML, "").replace(/[&<>"\t\n\r]/gu, (ch) => escapes[ch]);
}
