/**
 * The `date` check: every date and weekday of the French source is in the English target and means
 * the same («28 février 2026» → February 28, 2026 / 28 February 2026 / Feb. 28; «le 1er mars» →
 * March 1 / 1 March / March 1st; «jeudi» → Thursday). The year may be left out, not changed. A date
 * with a wrong day, month or year is pointed at that part; a date nowhere in the target is missing.
 */

import type { QaFinding, QaPair } from "../types";
import { readEnglishNumbers } from "./read-english-numbers";
import {
  type DateMention,
  englishDates,
  englishWeekdays,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  frenchDates,
  frenchWeekdays,
  type WeekdayMention,
} from "./read-dates";

const sameDate = (s: DateMention, t: DateMention) =>
  s.month === t.month && (s.day === undefined || s.day === t.day) && (s.year === undefined || t.year === undefined || s.year === t.year);

/** The finding for a source date no target date matches: the one part that differs, or missing. */
function mismatch(s: DateMention, unused: readonly DateMention[], target: string): QaFinding {
  const subject = s.surface;
  const params = { source: s.surface };
  const wrongDay = unused.find((t) => s.day !== undefined && t.day !== undefined && t.month === s.month && t.day !== s.day);
  if (wrongDay?.dayStart !== undefined && wrongDay.dayText !== undefined) {
    const start = wrongDay.dayStart;
    return {
      code: "date",
      start,
      end: start + wrongDay.dayText.length,
      subject,
      suggestion: String(s.day).padStart(wrongDay.dayText.length, "0"),
      message: { key: "date.wrong-day", params: { ...params, target: wrongDay.surface } },
    };
  }
  const wrongMonth = unused.find((t) => s.month !== undefined && t.month !== s.month && (s.day === undefined ? t.day === undefined : t.day === s.day));
  if (wrongMonth?.monthStart !== undefined && wrongMonth.monthText !== undefined) {
    const start = wrongMonth.monthStart;
    // The full month name replaces a full one; an abbreviation's replacement is the translator's choice.
    const suggestion = ENGLISH_MONTHS.includes(wrongMonth.monthText) ? ENGLISH_MONTHS[s.month! - 1] : undefined;
    return {
      code: "date",
      start,
      end: start + wrongMonth.monthText.length,
      subject,
      ...(suggestion && { suggestion }),
      message: { key: "date.wrong-month", params: { ...params, target: wrongMonth.surface } },
    };
  }
  const wrongYear = unused.find((t) => t.month === s.month && t.day === s.day && s.year !== undefined && t.year !== undefined && t.year !== s.year);
  if (wrongYear?.yearStart !== undefined) {
    const start = wrongYear.yearStart;
    return {
      code: "date",
      start,
      end: start + 4,
      subject,
      suggestion: String(s.year),
      message: { key: "date.wrong-year", params: { ...params, target: wrongYear.surface } },
    };
  }
  const other = unused.filter((t) => t.day !== undefined || s.day === undefined);
  if (other.length === 1) {
    return { code: "date", start: other[0].start, end: other[0].end, subject, message: { key: "date.wrong", params: { ...params, target: other[0].surface } } };
  }
  return { code: "date", start: target.length, end: target.length, subject, message: { key: "date.missing", params } };
}

function weekdayFindings(from: readonly WeekdayMention[], to: readonly WeekdayMention[], target: string): QaFinding[] {
  const used = new Set<WeekdayMention>();
  const left: WeekdayMention[] = [];
  for (const s of from) {
    const t = to.find((c) => !used.has(c) && c.weekday === s.weekday);
    if (t) used.add(t);
    // A French weekday kept as written is a name («le Journal du dimanche»), not a date to translate.
    else if (!target.toLowerCase().includes(s.surface.toLowerCase())) left.push(s);
  }
  const others = to.filter((t) => !used.has(t));
  return left.map((s, i) => {
    const params = { source: s.surface };
    const t = left.length === others.length ? others[i] : undefined;
    if (t === undefined) return { code: "date", start: target.length, end: target.length, subject: s.surface, message: { key: "date.missing", params } };
    const name = ENGLISH_WEEKDAYS[s.weekday] + (/s$/u.test(t.surface) ? "s" : "");
    const full = ENGLISH_WEEKDAYS.some((day) => t.surface.startsWith(day));
    return {
      code: "date",
      start: t.start,
      end: t.end,
      subject: s.surface,
      message: { key: "date.wrong-weekday", params: { ...params, target: t.surface } },
      ...(full && { suggestion: name }),
    };
  });
}

const RANGE_BEFORE = /\p{Nd}{1,2}(?:er|re)?[ \u00a0\u202f]*(?:au|et|à|-|–|,)[ \u00a0\u202f]*$/u;

/** The date findings of one pair. */
export function checkDates(pair: QaPair): QaFinding[] {
  // An empty target is the untranslated check's: one finding, not one per date.
  if (pair.target.trim() === "") return [];
  const from = frenchDates(pair.source);
  const to = englishDates(pair.target);
  const used = new Set<DateMention>();
  const findings: QaFinding[] = [];
  const left: DateMention[] = [];
  for (const s of from) {
    const t = to.find((c) => !used.has(c) && sameDate(s, c));
    if (t) used.add(t);
    else left.push(s);
  }
  // «du 3 au 5 mars» → "from March 3 to 5": the day of a range is a bare number beside the target's date.
  const numbers = new Set(left.length === 0 ? [] : readEnglishNumbers(pair.target, to).map((n) => n.value));
  for (const s of left) {
    if (
      s.day !== undefined &&
      numbers.has(String(s.day)) &&
      to.some((t) => t.month === s.month && (s.year === undefined || t.year === undefined || t.year === s.year))
    )
      continue;
    const finding = mismatch(
      s,
      to.filter((t) => !used.has(t)),
      pair.target,
    );
    // In a range («du 3 au 5 mars») which day the target got wrong is not certain: no fix offered.
    if (RANGE_BEFORE.test(pair.source.slice(0, s.start))) delete finding.suggestion;
    findings.push(finding);
    const blamed = to.find((t) => !used.has(t) && t.start <= finding.start && finding.end <= t.end && finding.start < finding.end);
    if (blamed) used.add(blamed);
  }
  return [...findings, ...weekdayFindings(frenchWeekdays(pair.source), englishWeekdays(pair.target), pair.target)];
}
