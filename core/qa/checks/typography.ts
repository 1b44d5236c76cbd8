/**
 * `typography`: French typesetting left in the English. Guillemets become English quotes (the
 * target's own style: curly unless it already uses straight ones; single quotes inside a
 * quotation), the space French puts before ; : ! ? goes, and so does the no-break space French
 * puts before an ellipsis. Spaces inside numbers and decimal commas are the number check's.
 */

import type { QaFinding, QaPair } from "../types";
import type { RegisteredCheck } from "./index";
import { doubleQuoteRole, isInlineSpace } from "./marks";

const CURLY = { open: ["“", "‘"], close: ["”", "’"] } as const;
const STRAIGHT = { open: ['"', "'"], close: ['"', "'"] } as const;

// After the mark, French spacing has a space, the end or punctuation; a letter or digit after it
// is something else (":30", "?q=", ":)" emoticons are guarded below).
const AFTER_HIGH_MARK = /^(?:$|[\s"'”’»)\]}.,;:!?…])/u;

function spacesBefore(text: string, i: number): number {
  let start = i;
  while (start > 0 && isInlineSpace(text[start - 1])) start--;
  return start;
}

function spacesAfter(text: string, i: number): number {
  let end = i;
  while (end < text.length && isInlineSpace(text[end])) end++;
  return end;
}

function run({ target }: QaPair): QaFinding[] {
  const findings: QaFinding[] = [];
  const style = target.includes('"') && !/[“”]/u.test(target) ? STRAIGHT : CURLY;
  // Nesting level of each open guillemet (0: outer quotation, 1: quotation inside it).
  const guillemets: number[] = [];
  let englishDepth = 0;
  for (let i = 0; i < target.length; i++) {
    const char = target[i];
    if (char === "«" || char === "‹") {
      const level = char === "‹" ? 1 : (englishDepth + guillemets.length) % 2;
      guillemets.push(level);
      const suggestion = style.open[level];
      findings.push({
        code: "typography",
        start: i,
        end: spacesAfter(target, i + 1),
        message: { key: "typography.guillemet", params: { mark: char, suggestion } },
        suggestion,
      });
    } else if (char === "»" || char === "›") {
      const level = guillemets.pop() ?? (char === "›" ? 1 : 0);
      const suggestion = style.close[level];
      findings.push({
        code: "typography",
        start: spacesBefore(target, i),
        end: i + 1,
        message: { key: "typography.guillemet", params: { mark: char, suggestion } },
        suggestion,
      });
    } else if (char === ";" || char === ":" || char === "!" || char === "?") {
      const start = spacesBefore(target, i);
      // The space after an opening guillemet is that guillemet's finding already.
      if (start === i || start === 0 || /[\s«‹]/u.test(target[start - 1])) continue;
      const after = target.slice(i + 1, i + 3);
      if (!AFTER_HIGH_MARK.test(after) || ((char === ":" || char === ";") && /^[-)(]/u.test(after))) continue;
      findings.push({ code: "typography", start, end: i, message: { key: "typography.space-before", params: { mark: char } }, suggestion: "" });
    } else if (char === "…" || target.startsWith("...", i)) {
      // A plain space before an ellipsis is AP style; a no-break one is French typesetting.
      const start = spacesBefore(target, i);
      if (start < i && start > 0 && !/[\s[(«‹]/u.test(target[start - 1]) && /[\u00A0\u202F]/u.test(target.slice(start, i))) {
        findings.push({ code: "typography", start, end: i, message: { key: "typography.ellipsis" }, suggestion: "" });
      }
      if (char === ".") i += 2;
    } else {
      const role = doubleQuoteRole(target, i);
      if (role === "open") englishDepth++;
      else if (role === "close") englishDepth = Math.max(0, englishDepth - 1);
    }
  }
  return findings;
}

export const typographyCheck: RegisteredCheck = { codes: ["typography"], run };
