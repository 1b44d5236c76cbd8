/**
 * `length`: a target far longer or shorter than its source, by the project's character ratio
 * (settings.lengthRatio). Short sources are skipped: «Jeudi» → "On Thursday" says nothing.
 * The subject is the direction, so an ignore survives edits that keep the target too long.
 */

import type { QaContext } from "../run-checks";
import type { QaFinding, QaPair } from "../types";
import type { RegisteredCheck } from "./index";

/** Sources shorter than this (characters, trimmed) are not measured. */
export const MIN_MEASURED_SOURCE = 20;

function run({ source, target }: QaPair, { settings }: QaContext): QaFinding[] {
  const sourceLength = source.trim().length;
  const targetLength = target.trim().length;
  // An empty target is `untranslated`'s.
  if (sourceLength < MIN_MEASURED_SOURCE || targetLength === 0) return [];
  const ratio = targetLength / sourceLength;
  const { min, max } = settings.lengthRatio;
  if (ratio >= min && ratio <= max) return [];
  const direction = ratio > max ? "long" : "short";
  const params = { ratio: Math.round(ratio * 100) / 100, min, max };
  return [{ code: "length", start: 0, end: target.length, message: { key: `length.too-${direction}`, params }, subject: direction }];
}

export const lengthCheck: RegisteredCheck = { codes: ["length"], run };
