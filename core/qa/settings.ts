/**
 * A project's QA settings: which checks run, at which severity, US or UK spelling, and the length
 * ratio outside which a target is flagged. Stored as JSON on the project; anything missing or
 * unreadable falls back to the defaults, so adding a check never breaks an old project.
 */

import { QA_CODES, QA_SEVERITIES, type QaCode, type QaSeverity } from "./types";

export type EnglishDialect = "us" | "uk";

export interface QaCheckSetting {
  enabled: boolean;
  severity: QaSeverity;
}

export interface QaSettings {
  checks: Record<QaCode, QaCheckSetting>;
  dialect: EnglishDialect;
  /** Target length / source length (characters) outside [min, max] raises `length`. English runs ≈ 0.9 of French. */
  lengthRatio: { min: number; max: number };
}

/**
 * Errors are what a reviewer must never let through (a wrong number, date or forbidden term, a
 * segment left untranslated); warnings usually need a look; info is cosmetic.
 */
const DEFAULT_SEVERITY: Record<QaCode, QaSeverity> = {
  number: "error",
  magnitude: "error",
  currency: "error",
  date: "error",
  typography: "warning",
  quotes: "warning",
  brackets: "warning",
  untranslated: "error",
  length: "warning",
  "term-missing": "warning",
  "term-forbidden": "error",
  inconsistent: "warning",
  spelling: "warning",
  grammar: "warning",
  repetition: "warning",
  "punctuation-end": "warning",
  "double-space": "info",
  url: "error",
  case: "warning",
};

export const DEFAULT_QA_SETTINGS: QaSettings = {
  checks: Object.fromEntries(QA_CODES.map((code) => [code, { enabled: true, severity: DEFAULT_SEVERITY[code] }])) as Record<QaCode, QaCheckSetting>,
  dialect: "us",
  lengthRatio: { min: 0.5, max: 1.8 },
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Settings from stored JSON (a string or a parsed value), every missing or invalid field defaulted. */
export function parseQaSettings(stored: unknown): QaSettings {
  let value: unknown = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch {
      value = null;
    }
  }
  const input = isRecord(value) ? value : {};
  const checksIn = isRecord(input.checks) ? input.checks : {};
  const checks = { ...DEFAULT_QA_SETTINGS.checks };
  for (const code of QA_CODES) {
    const one = checksIn[code];
    if (!isRecord(one)) continue;
    checks[code] = {
      enabled: typeof one.enabled === "boolean" ? one.enabled : checks[code].enabled,
      severity: (QA_SEVERITIES as readonly unknown[]).includes(one.severity) ? (one.severity as QaSeverity) : checks[code].severity,
    };
  }
  const dialect: EnglishDialect = input.dialect === "uk" ? "uk" : "us";
  const ratio = isRecord(input.lengthRatio) ? input.lengthRatio : {};
  const min = typeof ratio.min === "number" && ratio.min > 0 && ratio.min < 10 ? ratio.min : DEFAULT_QA_SETTINGS.lengthRatio.min;
  const max = typeof ratio.max === "number" && ratio.max > min && ratio.max <= 20 ? ratio.max : Math.max(min * 2, DEFAULT_QA_SETTINGS.lengthRatio.max);
  return { checks, dialect, lengthRatio: { min, max } };
}
