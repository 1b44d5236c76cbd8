/**
 * `quotes` and `brackets`: a quotation mark or bracket opened and not closed in the target, or
 * closed without being opened. A segment is often one sentence of a longer quotation, so its
 * marks may be unbalanced on purpose: the target is flagged only where it is less balanced than
 * the source (more marks left open, or more stray closers, of the same kind).
 */

import type { QaCode, QaFinding, QaPair } from "../types";
import type { RegisteredCheck } from "./index";
import { doubleQuoteRole, singleQuoteRole, type QuoteRole } from "./marks";

interface Balance {
  /** Offsets of marks opened and never closed. */
  open: number[];
  /** Offsets of closers with nothing open. */
  stray: number[];
}

type Roles = (text: string, i: number) => QuoteRole | null;

function balance(text: string, roleAt: Roles, straysCount = true): Balance {
  const result: Balance = { open: [], stray: [] };
  for (let i = 0; i < text.length; i++) {
    const role = roleAt(text, i);
    if (role === "open") result.open.push(i);
    else if (role === "close") {
      if (result.open.length > 0) result.open.pop();
      else if (straysCount) result.stray.push(i);
    }
  }
  return result;
}

function bracketRoles(open: string, close: string): Roles {
  return (text, i) => (text[i] === open ? "open" : text[i] === close ? "close" : null);
}

// ’ only closes a ‘ that is open (otherwise it is an apostrophe), so single stray closers are not counted.
const QUOTE_KINDS: ReadonlyArray<{ roles: Roles; strays: boolean }> = [
  { roles: doubleQuoteRole, strays: true },
  { roles: singleQuoteRole, strays: false },
];
const BRACKET_KINDS = [bracketRoles("(", ")"), bracketRoles("[", "]"), bracketRoles("{", "}")].map((roles) => ({ roles, strays: true }));

function unbalanced(code: QaCode, kinds: ReadonlyArray<{ roles: Roles; strays: boolean }>, { source, target }: QaPair, marks: RegExp): QaFinding[] {
  const findings: QaFinding[] = [];
  // Most segments have no bracket and no quotation mark at all.
  if (!marks.test(target)) return findings;
  for (const { roles, strays } of kinds) {
    const inTarget = balance(target, roles, strays);
    if (inTarget.open.length === 0 && inTarget.stray.length === 0) continue;
    const inSource = balance(source, roles, strays);
    // The last marks left open and the first stray closers are the ones the source does not explain.
    for (const at of inTarget.open.slice(inSource.open.length)) {
      findings.push({ code, start: at, end: at + 1, message: { key: `${code}.unclosed`, params: { mark: target[at] } } });
    }
    for (const at of inTarget.stray.slice(0, Math.max(0, inTarget.stray.length - inSource.stray.length))) {
      findings.push({ code, start: at, end: at + 1, message: { key: `${code}.unopened`, params: { mark: target[at] } } });
    }
  }
  return findings;
}

const QUOTE_MARKS = /["“”«»‘’‹›]/u;
const BRACKET_MARKS = /[()[\]{}]/u;

export const quotesCheck: RegisteredCheck = { codes: ["quotes"], run: (pair) => unbalanced("quotes", QUOTE_KINDS, pair, QUOTE_MARKS) };
export const bracketsCheck: RegisteredCheck = { codes: ["brackets"], run: (pair) => unbalanced("brackets", BRACKET_KINDS, pair, BRACKET_MARKS) };
