/**
 * Splits French text into keyed word tokens for term matching, in one pass. Each token keeps its
 * UTF-16 offsets and the separator before it, normalised so that typography does not decide a
 * match (characters.ts): any run of spaces is " ", one hyphen of any kind is "-". An elided word
 * («d’», «L'») is its own token, followed by " "; «aujourd’hui» stays one word. A preposition and
 * the article after it are fused into one token with the preposition's key («de la» → «§de», like
 * «du» and «des»; «à l’» → «§à», like «au»), so «désignation de la chaîne» and «désignations des
 * chaînes» read alike. Glossary terms and texts both go through here.
 */

import { glueOf, isApostrophe, wordCharLength } from "./characters";
import { ARTICLE_KEY, FUSING_KEYS } from "./term-key";
import type { WordInfo, WordTable } from "./word-table";

/** Tokens as parallel arrays: one document has ~250,000 of them, objects would double the cost. */
export interface Tokens {
  count: number;
  starts: number[];
  ends: number[];
  /** Separator before each token: " ", "-", or other punctuation with spaces and hyphens unified. */
  glues: string[];
  /** What is known of each token's word; a fused token has the preposition's. */
  words: WordInfo[];
}

/** Tokenises `text`, looking words up in (and adding them to) `table`. */
export function tokenise(text: string, table: WordTable): Tokens {
  const tokens: Tokens = { count: 0, starts: [], ends: [], glues: [], words: [] };
  const length = text.length;
  // The last word is held back until the next one shows whether an apostrophe joins them.
  let pending: WordInfo | null = null;
  let pendingStart = 0;
  let pendingEnd = 0;
  let pendingGlue = "";
  for (let i = 0; i < length;) {
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    for (i += step; i < length && (step = wordCharLength(text, i)) > 0;) i += step;
    const word = text.slice(start, i);
    if (pending && start - pendingEnd === 1 && isApostrophe(text.charCodeAt(pendingEnd))) {
      if (pending.elides) {
        // «d’approvisionnement»: the elided word ends after its apostrophe.
        push(tokens, table.get(`${pending.surface}'`), pendingStart, start, pendingGlue);
        pending = table.get(word);
        pendingStart = start;
        pendingGlue = " ";
      } else {
        // «aujourd’hui», «O’Neill»: one word.
        pending = table.get(`${pending.surface}'${word}`);
      }
      pendingEnd = i;
      continue;
    }
    if (pending) push(tokens, pending, pendingStart, pendingEnd, pendingGlue);
    pendingGlue = pending ? glueOf(text, pendingEnd, start) : "";
    pending = table.get(word);
    pendingStart = start;
    pendingEnd = i;
  }
  if (pending) push(tokens, pending, pendingStart, pendingEnd, pendingGlue);
  return tokens;
}

function push(tokens: Tokens, word: WordInfo, start: number, end: number, glue: string): void {
  const last = tokens.count - 1;
  if (word.key === ARTICLE_KEY && last >= 0 && glue === " " && FUSING_KEYS.has(tokens.words[last].key)) {
    // A second article cannot fuse again: «de la la» keeps its second «la».
    if (tokens.ends[last] === tokens.starts[last] + tokens.words[last].surface.length) {
      tokens.ends[last] = end;
      return;
    }
  }
  tokens.starts.push(start);
  tokens.ends.push(end);
  tokens.glues.push(glue);
  tokens.words.push(word);
  tokens.count++;
}
