/**
 * The registry of pair checks: each runs on one source/target pair and may report several codes
 * (the number check also reports `magnitude` and `currency`). The runner skips a check when none of
 * its codes is enabled. Spelling, grammar and repetition are not here: they need the English
 * linter, which is asynchronous (see run-checks.ts, LanguageChecker).
 */

import type { QaContext } from "../run-checks";
import type { QaCode, QaFinding, QaPair } from "../types";
import { checkDates } from "./dates";
import { checkNumbers } from "./numbers";
import { caseCheck } from "./case";
import { doubleSpaceCheck } from "./double-space";
import { lengthCheck } from "./length";
import { punctuationEndCheck } from "./punctuation-end";
import { bracketsCheck, quotesCheck } from "./quotes-brackets";
import { termsCheck } from "./terms";
import { typographyCheck } from "./typography";
import { untranslatedCheck } from "./untranslated";
import { urlCheck } from "./url";

export interface RegisteredCheck {
  codes: readonly QaCode[];
  run: (pair: QaPair, context: QaContext) => QaFinding[];
}

/** The checks of the text itself (typography, marks, language, length, terms, links, case). */
export const TEXT_CHECKS: readonly RegisteredCheck[] = [
  typographyCheck,
  quotesCheck,
  bracketsCheck,
  untranslatedCheck,
  lengthCheck,
  termsCheck,
  punctuationEndCheck,
  doubleSpaceCheck,
  urlCheck,
  caseCheck,
];

export const PAIR_CHECKS: readonly RegisteredCheck[] = [
  { codes: ["number", "magnitude", "currency"], run: (pair) => checkNumbers(pair) },
  { codes: ["date"], run: (pair) => checkDates(pair) },
  ...TEXT_CHECKS,
];
