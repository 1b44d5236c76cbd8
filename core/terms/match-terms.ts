/**
 * Finds glossary terms in French text. Entries are compiled once into a trie over word keys
 * (see term-key.ts: case, number, gender and article forms share a key); matching walks the
 * text's tokens left to right and, at each position, takes the longest entry that starts there,
 * then resumes after it. So «la désignation de risque» yields «désignation de risque», not also
 * «risque», and matches never overlap. Cost is one map look-up per token plus a short walk where
 * an entry's first word occurs, whatever the number of entries.
 */

import { caseFits, isFunctionKey, type CaseShape } from "./term-key";
import { tokenise, type Tokens } from "./tokenise";
import type { TermEntry, TermMatch } from "./types";
import { WordTable } from "./word-table";

interface Compiled<E> {
  entry: E;
  shapes: CaseShape[];
  /** Entries with more case constraints are tried first («Défense» before «défense»). */
  strictness: number;
}

interface TrieNode<E> {
  next: Map<string, TrieNode<E>> | null;
  /** Entries that end here, strictest first. */
  entries: Compiled<E>[] | null;
}

/** A compiled glossary, built once by compileTermIndex and passed to every matchTerms call. */
export interface TermIndex<E extends TermEntry = TermEntry> {
  /** The entries that can match, by id; entries with no content word («la», "") are left out. */
  readonly entries: ReadonlyMap<string, E>;
  /** Internal: the trie over word keys. */
  readonly root: TrieNode<E>;
  /** Word memo shared by every call. */
  readonly words: WordTable;
}

/** Compiles entries for matchTerms; of two entries with the same words and case rule, the first wins. */
export function compileTermIndex<E extends TermEntry>(entries: readonly E[]): TermIndex<E> {
  const root: TrieNode<E> = { next: new Map(), entries: null };
  const byId = new Map<string, E>();
  const words = new WordTable();
  for (const entry of entries) {
    const tokens = tokenise(entry.term, words);
    if (!tokens.words.some((word) => !isFunctionKey(word.key))) continue;
    let node = root;
    for (let i = 0; i < tokens.count; i++) {
      const edge = i === 0 ? tokens.words[0].key : edgeKey(tokens.glues[i], tokens.words[i].key);
      node.next ??= new Map();
      let child = node.next.get(edge);
      if (!child) node.next.set(edge, (child = { next: null, entries: null }));
      node = child;
    }
    const shapes = tokens.words.map((word) => word.shape);
    const strictness =
      entry.caseSensitive === false ? 0 : shapes.filter((s) => s !== "lower" && s !== "none").length + (entry.caseSensitive ? tokens.count : 0);
    (node.entries ??= []).push({ entry, shapes, strictness });
    node.entries.sort((a, b) => b.strictness - a.strictness);
    byId.set(entry.id, entry);
  }
  return { entries: byId, root, words };
}

/** Occurrences of the index's entries in `text`, sorted by start, never overlapping. */
export function matchTerms<E extends TermEntry>(index: TermIndex<E>, text: string): TermMatch[] {
  const tokens = tokenise(text, index.words);
  const matches: TermMatch[] = [];
  const walk: Walk<E> = { ends: [], nodes: [], entry: null };
  for (let i = 0; i < tokens.count;) {
    const last = longestAt(index.root, tokens, i, walk);
    if (last < 0) {
      i++;
      continue;
    }
    const start = tokens.starts[i];
    const end = tokens.ends[last];
    matches.push({ entryId: walk.entry!.id, start, end, text: text.slice(start, end) });
    i = last + 1;
  }
  return matches;
}

/** Scratch space reused across positions: the terminal nodes met on one walk, and the winner. */
interface Walk<E> {
  ends: number[];
  nodes: TrieNode<E>[];
  entry: E | null;
}

/**
 * Index of the last token of the longest entry starting at token `first` whose case fits (the
 * entry is left in `walk.entry`), or -1.
 */
function longestAt<E extends TermEntry>(root: TrieNode<E>, t: Tokens, first: number, walk: Walk<E>): number {
  // A word glued by a hyphen to the one before belongs to a compound («porte-avions»).
  if (t.glues[first] === "-") return -1;
  const word = t.words[first];
  if (word.head === undefined) word.head = root.next?.get(word.key) ?? null;
  let node = word.head as TrieNode<E> | null | undefined;
  let terminals = 0;
  for (let j = first; node;) {
    // An entry may end here unless the next word is hyphenated to this one.
    if (node.entries && (j + 1 === t.count || t.glues[j + 1] !== "-")) {
      walk.ends[terminals] = j;
      walk.nodes[terminals++] = node;
    }
    if (++j >= t.count || !node.next) break;
    node = node.next.get(edgeKey(t.glues[j], t.words[j].key));
  }
  for (let k = terminals - 1; k >= 0; k--) {
    for (const candidate of walk.nodes[k].entries!) {
      if (!fits(candidate, t, first)) continue;
      walk.entry = candidate.entry;
      return walk.ends[k];
    }
  }
  return -1;
}

function fits<E extends TermEntry>(candidate: Compiled<E>, t: Tokens, first: number): boolean {
  if (candidate.strictness === 0) return true;
  const strict = candidate.entry.caseSensitive;
  for (let k = 0; k < candidate.shapes.length; k++) {
    if (!caseFits(candidate.shapes[k], t.words[first + k].shape, strict)) return false;
  }
  return true;
}

/** Words after the first are keyed with their separator; a plain space, by far the most common, adds nothing. */
function edgeKey(glue: string, key: string): string {
  return glue === " " ? key : `${glue}\u0000${key}`;
}
