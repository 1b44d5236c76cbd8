import { describe, expect, it } from "vitest";
import { checkDates } from "./dates";
import { checkNumbers } from "./numbers";

// [French source, English target, expected findings as [message key, flagged target text, suggestion?]].
type Row = readonly [string, string, ReadonlyArray<readonly [string, string, string?]>];

function rows(source: string, target: string): ReadonlyArray<readonly [string, string, string?]> {
  return checkDates({ source, target }).map((f) => {
    expect(f.code).toBe("date");
    if (f.message.key === "date.missing") expect([f.start, f.end]).toEqual([target.length, target.length]);
    return f.suggestion === undefined ? [f.message.key, target.slice(f.start, f.end)] : [f.message.key, target.slice(f.start, f.end), f.suggestion];
  });
}

const DATE_CASES: readonly Row[] = [
  // Right: the same date, any usual English form; the year may be left out.
  ["le 28 février 2026", "on February 28, 2026", []],
  ["le 28 février 2026", "on 28 February 2026", []],
  ["le 28 février 2026", "on Feb. 28", []],
  ["le 28 février 2026", "on February 28th", []],
  ["le 28 février 2026", "on 28 Feb 2026", []],
  ["le 28 février 2026", "on Feb 28, 2026", []],
  ["le 28 février", "on February 28", []],
  ["le 1er mars", "on March 1", []],
  ["le 1er mars", "on 1 March", []],
  ["le 1er mars", "on March 1st", []],
  ["le 1er mars", "on the 1st of March", []],
  ["en mars 2026", "in March 2026", []],
  ["en mars", "in March", []],
  ["le 2026-02-28", "on 2026-02-28", []],
  ["le 2026-02-28", "on February 28, 2026", []],
  ["le 28/02/2026", "on 2/28/2026", []],
  ["le 28/02/2026", "on 28/02/2026", []],
  ["Jeudi, le patron", "On Thursday, the boss", []],
  ["Vendredi, avant", "On Friday, before", []],
  ["le jeudi 26 février", "on Thursday, February 26", []],
  ["les jeudis", "on Thursdays", []],
  ["Mars est rouge", "Mars is red", []],
  ["selon le Journal du dimanche", "according to the Journal du Dimanche", []],
  ["Il peut venir.", "May I come?", []],
  ["aucune date", "no date", []],
  ["du 3 au 5 mars", "from March 3 to 5", []],
  ["du 3 au 5 mars", "from 3 to 5 March", []],
  ["la loi du 9 décembre 1905", "the law of December 9, 1905", []],
  // Wrong: the day, the month, the year or the weekday differs; or the date is not there.
  ["le 28 février 2026", "on February 27, 2026", [["date.wrong-day", "27", "28"]]],
  ["le 28 février 2026", "on March 28, 2026", [["date.wrong-month", "March", "February"]]],
  ["le 28 février", "on Mar. 28", [["date.wrong-month", "Mar."]]],
  ["le 28 février 2026", "on February 28, 2025", [["date.wrong-year", "2025", "2026"]]],
  ["le 28 février 2026", "yesterday", [["date.missing", ""]]],
  ["le 1er mars", "on March 2", [["date.wrong-day", "2", "1"]]],
  ["du 3 au 5 mars", "from March 3 to 6", [["date.wrong-day", "3"]]],
  ["le 1er mars", "on April 3", [["date.wrong", "April 3"]]],
  ["en mars", "in April", [["date.wrong-month", "April", "March"]]],
  ["Jeudi, le patron", "On Friday, the boss", [["date.wrong-weekday", "Friday", "Thursday"]]],
  ["Jeudi, le patron", "The boss", [["date.missing", ""]]],
  ["Jeudi, le patron", " ", []],
  ["Vendredi, avant", "On Thu., before", [["date.wrong-weekday", "Thu."]]],
];

describe("date check", () => {
  it.each(DATE_CASES.map(([source, target, expected]) => ({ source, target, expected })))("$source → $target", ({ source, target, expected }) => {
    expect(rows(source, target)).toEqual(expected);
  });

  it("keys an ignore on the French date", () => {
    expect(checkDates({ source: "le 28 février 2026", target: "on March 28, 2026" })[0].subject).toBe("28 février 2026");
    expect(checkDates({ source: "Jeudi, le patron", target: "The boss" })[0].subject).toBe("Jeudi");
  });

  it("leaves the digits of dates to the date check: the number check says nothing of them", () => {
    expect(checkNumbers({ source: "le 28 février 2026", target: "on March 27, 2025" })).toEqual([]);
    expect(checkNumbers({ source: "le 1er mars, 3 pays", target: "on March 1, 3 countries" })).toEqual([]);
  });
});
