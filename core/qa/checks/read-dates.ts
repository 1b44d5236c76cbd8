/**
 * Dates and weekdays of a French source («28 février 2026», «le 1er mars», «mars 2026», «jeudi»,
 * 2026-02-28, 28/02/2026) and of an English target ("February 28, 2026", "28 February 2026",
 * "Feb. 28", "March 1st", "the 1st of March", "Thursday"). The number check leaves their digits alone.
 */

import { gluedBefore, matchAllFolded } from "./number-mention";

export interface DateMention {
  start: number;
  end: number;
  surface: string;
  day?: number;
  /** 1–12. */
  month?: number;
  year?: number;
  /** Where each part is written (the span a wrong part is pointed at by). */
  dayStart?: number;
  dayText?: string;
  monthStart?: number;
  monthText?: string;
  yearStart?: number;
}

export interface WeekdayMention {
  start: number;
  end: number;
  surface: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

const SP = "[ \\u00a0\\u202f]";
const FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const FRENCH_MONTH_SHORT: Record<string, number> = {
  janv: 1,
  fevrier: 2,
  févr: 2,
  fevr: 2,
  avr: 4,
  juil: 7,
  aout: 8,
  sept: 9,
  oct: 10,
  nov: 11,
  déc: 12,
  dec: 12,
  decembre: 12,
};
export const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ENGLISH_MONTH_SHORT: Record<string, number> = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12 };
const FRENCH_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
export const ENGLISH_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const ENGLISH_WEEKDAY_SHORT: Record<string, number> = { Mon: 0, Tue: 1, Tues: 1, Wed: 2, Thu: 3, Thur: 3, Thurs: 3, Fri: 4, Sat: 5, Sun: 6 };

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const FR_MONTH = `${alt(FRENCH_MONTHS)}|(?:${alt(Object.keys(FRENCH_MONTH_SHORT))})\\.?`;
const EN_MONTH = `${alt(ENGLISH_MONTHS)}|(?:${alt(Object.keys(ENGLISH_MONTH_SHORT))})\\.`;
const EN_MONTH_NO_DOT = `${alt(Object.keys(ENGLISH_MONTH_SHORT))}`;
const ORD = "(?:st|nd|rd|th)?";
const END = "(?![\\p{L}\\p{N}])";

const FRENCH_DATE = new RegExp(`(?:(?<d>\\d{1,2})(?:er|re)?${SP})?(?<m>${FR_MONTH})(?:${SP}(?<y>\\d{4}))?${END}`, "gu");
const ENGLISH_DATE = new RegExp(
  `(?:(?<m1>${EN_MONTH}|${EN_MONTH_NO_DOT})${SP}(?<d1>\\d{1,2})${ORD}(?:,?${SP}(?<y1>\\d{4}))?` +
    `|(?<d2>\\d{1,2})${ORD}${SP}(?:of${SP})?(?<m2>${EN_MONTH}|${EN_MONTH_NO_DOT})(?:,?${SP}(?<y2>\\d{4}))?` +
    `|(?<m3>${EN_MONTH})(?:,?${SP}(?<y3>\\d{4}))?)${END}`,
  "gu",
);
const ISO_DATE = /(?=[0-9])(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu;
const SLASH_DATE = /(?=[0-9])(?<![\p{N}/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\p{N}/])/gu;
const FRENCH_WEEKDAY = new RegExp(`(${FRENCH_WEEKDAYS.join("|")})s?(?![\\p{L}])`, "gu");
const ENGLISH_WEEKDAY = new RegExp(`(?:(${ENGLISH_WEEKDAYS.join("|")})s?|(${alt(Object.keys(ENGLISH_WEEKDAY_SHORT))})\\.)(?![\\p{L}])`, "gu");

function frenchMonth(text: string): number {
  const key = text.toLowerCase().replace(/\.$/u, "");
  const index = FRENCH_MONTHS.indexOf(key);
  return index >= 0 ? index + 1 : FRENCH_MONTH_SHORT[key];
}

function englishMonth(text: string): number {
  const key = text.replace(/\.$/u, "");
  const index = ENGLISH_MONTHS.indexOf(key);
  return index >= 0 ? index + 1 : ENGLISH_MONTH_SHORT[key];
}

function numeric(text: string, order: "dmy" | "mdy"): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(ISO_DATE)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      yearStart: m.index,
      monthStart: m.index + 5,
      dayStart: m.index + 8,
      dayText: m[3],
    });
  }
  for (const m of text.matchAll(SLASH_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // An English 2/3/2026 can be either order; both readings are kept (a source date matches either).
    const readings =
      order === "dmy"
        ? [[a, b]]
        : a > 12
          ? [[a, b]]
          : b > 12
            ? [[b, a]]
            : [
                [b, a],
                [a, b],
              ];
    for (const [day, month] of readings) {
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
        found.push({ start: m.index, end: m.index + m[0].length, surface: m[0], day, month, year: Number(m[3]) });
    }
  }
  return found;
}

/**
 * The last text read, per reader: the number and date checks both read the dates of the same pair,
 * one after the other.
 */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, value: read(text) };
    return last.value;
  };
}

/** Dates of a French text. A month alone counts only written lowercase (not the planet «Mars»). */
export const frenchDates = remembered(readFrenchDates);

/** Dates of an English text ("May" counts only beside a day or a year: it is also a verb). */
export const englishDates = remembered(readEnglishDates);

function readFrenchDates(text: string): DateMention[] {
  const found = numeric(text, "dmy");
  for (const m of matchAllFolded(text, FRENCH_DATE)) {
    if (gluedBefore(text, m.index)) continue;
    const g = { ...m.groups };
    g.m = text.substr(m.index + m[0].indexOf(g.m), g.m.length);
    if (g.d === undefined && g.y === undefined && g.m !== g.m.toLowerCase()) continue;
    if (g.d === undefined && g.y === undefined && /^(?:sept|oct|nov|dec|déc|avr)\.?$/iu.test(g.m)) continue;
    const day = g.d === undefined ? undefined : Number(g.d);
    if (day !== undefined && (day < 1 || day > 31)) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      surface: text.slice(m.index, m.index + m[0].length),
      day,
      month: frenchMonth(g.m),
      year: g.y === undefined ? undefined : Number(g.y),
    });
  }
  return found.filter((date, i) => found.findIndex((other) => other.start <= date.start && other.end >= date.end) === i).sort((a, b) => a.start - b.start);
}

function readEnglishDates(text: string): DateMention[] {
  const found = numeric(text, "mdy");
  for (const m of text.matchAll(ENGLISH_DATE)) {
    if (gluedBefore(text, m.index)) continue;
    const g = m.groups ?? {};
    const monthText = g.m1 ?? g.m2 ?? g.m3;
    const dayText = g.d1 ?? g.d2;
    const yearText = g.y1 ?? g.y2 ?? g.y3;
    if (monthText === "May" && dayText === undefined && yearText === undefined) continue;
    const at = (part: string | undefined, from = 0) => (part === undefined ? undefined : m.index + m[0].indexOf(part, from));
    const monthStart = at(monthText) as number;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      monthText,
      monthStart,
      month: englishMonth(monthText),
      day: dayText === undefined ? undefined : Number(dayText),
      dayText,
      dayStart: dayText === undefined ? undefined : at(dayText, g.m1 ? monthText.length : 0),
      year: yearText === undefined ? undefined : Number(yearText),
      yearStart: yearText === undefined ? undefined : m.index + m[0].lastIndexOf(yearText),
    });
  }
  return found.filter((date, i) => found.findIndex((other) => other.start <= date.start && other.end >= date.end) === i).sort((a, b) => a.start - b.start);
}

export function frenchWeekdays(text: string): WeekdayMention[] {
  return matchAllFolded(text, FRENCH_WEEKDAY)
    .filter((m) => !gluedBefore(text, m.index))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, surface: text.slice(m.index, m.index + m[0].length), weekday: FRENCH_WEEKDAYS.indexOf(m[1]) }));
}

export function englishWeekdays(text: string): WeekdayMention[] {
  return [...text.matchAll(ENGLISH_WEEKDAY)]
    .filter((m) => !gluedBefore(text, m.index))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      weekday: m[1] !== undefined ? ENGLISH_WEEKDAYS.indexOf(m[1]) : ENGLISH_WEEKDAY_SHORT[m[2]],
    }));
}
