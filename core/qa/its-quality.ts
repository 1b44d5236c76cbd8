/**
 * Our QA findings in the words of W3C ITS 2.0 Localization Quality Issue, for exchange formats
 * (XLIFF 2.1's ITS module): each code's issue type from the ITS list, and a severity from 0 to 100.
 */

import type { QaCode, QaSeverity } from "./types";

/** The issue types ITS 2.0 defines (https://www.w3.org/TR/its20/#lqissue-typevalues). */
export type ItsIssueType =
  | "terminology"
  | "mistranslation"
  | "omission"
  | "untranslated"
  | "inconsistency"
  | "grammar"
  | "locale-violation"
  | "misspelling"
  | "typographical"
  | "inconsistent-entities"
  | "numbers"
  | "whitespace"
  | "length"
  | "duplication";

/**
 * The closest ITS type for each check. A wrong date or weekday is a mistranslation (it says
 * another day), a magnitude a number; a currency written the French way breaks the English
 * locale's conventions; a URL or handle changed or missing is an entity the two sides no longer share.
 */
export const ITS_ISSUE_TYPE: Record<QaCode, ItsIssueType> = {
  number: "numbers",
  magnitude: "numbers",
  currency: "locale-violation",
  date: "mistranslation",
  typography: "typographical",
  quotes: "typographical",
  brackets: "typographical",
  untranslated: "untranslated",
  length: "length",
  "term-missing": "terminology",
  "term-forbidden": "terminology",
  inconsistent: "inconsistency",
  spelling: "misspelling",
  grammar: "grammar",
  repetition: "duplication",
  "punctuation-end": "typographical",
  "double-space": "whitespace",
  url: "inconsistent-entities",
  case: "typographical",
};

/** ITS severity, 0 (none) to 100 (most severe): what must not pass, what needs a look, what is cosmetic. */
export const ITS_SEVERITY: Record<QaSeverity, number> = { error: 90, warning: 50, info: 10 };
