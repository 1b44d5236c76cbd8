import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { displayKeys, SHORTCUT_SECTIONS, SHORTCUTS } from "./shortcuts";

const root = path.resolve(import.meta.dirname, "../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

/** The shortcut table of one language as README must print it: from the one table and the locale's words. */
function expectedRows(lng: "en" | "fr"): string[] {
  const words = JSON.parse(fs.readFileSync(path.join(root, `locales/${lng}/workbench.json`), "utf8")).shortcuts;
  return SHORTCUT_SECTIONS.flatMap((section) =>
    SHORTCUTS.filter((s) => s.section === section).map((s) => `| ${words.section[section]} | ${displayKeys(s, words.keyNames)} | ${words[s.id]} |`),
  );
}

/** The body rows of the first table under `heading` in README. */
function readmeRows(heading: string): string[] {
  const at = readme.indexOf(`\n${heading}\n`);
  expect(at, `README has a "${heading}" section`).toBeGreaterThan(0);
  const lines = readme.slice(at).split("\n");
  const table = lines.slice(lines.findIndex((l) => l.startsWith("|")));
  return table
    .slice(
      0,
      table.findIndex((l) => !l.startsWith("|")),
    )
    .slice(2);
}

describe("README's shortcut tables", () => {
  it("list every shortcut of the grid in English, as the help overlay does", () => {
    expect(readmeRows("### Keyboard shortcuts")).toEqual(expectedRows("en"));
  });

  it("list every shortcut of the grid in French, as the help overlay does", () => {
    expect(readmeRows("### Raccourcis clavier")).toEqual(expectedRows("fr"));
  });
});
