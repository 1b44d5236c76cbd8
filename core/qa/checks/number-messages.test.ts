import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDates } from "./dates";
import { checkNumbers } from "./numbers";

// One pair per message the number and date checks can give.
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["12 pays", "countries"],
  ["pays", "12 countries"],
  ["12 pays", "13 countries"],
  ["0,27", "0,27"],
  ["1,5 milliard", "1.5 million"],
  ["1,5 milliard de dollars", "$1.5"],
  ["200 millions de dollars", "$200 millions"],
  ["15 €", "$15"],
  ["200 millions de dollars", "200 million"],
  ["15 €", "15 €"],
  ["le 28 février", "yesterday"],
  ["le 1er mars", "on April 3"],
  ["le 28 février", "on February 27"],
  ["le 28 février", "on March 28"],
  ["le 28 février 2026", "on February 28, 2025"],
  ["jeudi", "on Friday"],
];

const messages = (lang: string) =>
  (JSON.parse(readFileSync(new URL(`../../../locales/${lang}/qa.json`, import.meta.url), "utf8")) as { messages: Record<string, string> }).messages;

describe("number and date messages", () => {
  const findings = PAIRS.flatMap(([source, target]) => [...checkNumbers({ source, target }), ...checkDates({ source, target })]);

  it("cover every message key of the checks", () => {
    const keys = new Set(findings.map((f) => f.message.key));
    const ours = Object.keys(messages("en")).filter((key) => /^(number|magnitude|currency|date)\./u.test(key));
    expect([...keys].sort()).toEqual(ours.sort());
  });

  it.each(["en", "fr"])("exist in %s with every value they interpolate", (lang) => {
    const texts = messages(lang);
    for (const finding of findings) {
      const text = texts[finding.message.key];
      expect(text, finding.message.key).toBeTypeOf("string");
      for (const [, name] of text.matchAll(/\{\{(\w+)\}\}/gu)) expect(finding.message.params, `${finding.message.key}: ${name}`).toHaveProperty(name);
    }
  });
});
