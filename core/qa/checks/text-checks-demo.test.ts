/**
 * The demo article (prisma/seed/anthropic-pentagone.fr.txt), segmented as the app does and
 * translated well, must not trip the text checks: names, quotations inside quotations, a quotation
 * over several segments, glossary terms inflected on both sides.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segmentSentences } from "../../segmentation/segment-sentences";
import { compileQaGlossary } from "../glossary";
import { findInconsistencies } from "../inconsistent";
import { checkPair } from "../run-checks";
import { DEFAULT_QA_SETTINGS } from "../settings";
import { TEXT_CHECKS } from "./index";

const ENGLISH = [
  "date 2026-02-28 Donald Trump has ordered all US federal agencies to immediately stop using Anthropic’s artificial intelligence, in direct response to the company’s refusal to give the Pentagon unlimited access to its chatbot Claude.",
  "Defense Secretary Pete Hegseth followed by designating Anthropic a “supply chain risk to national security”, a designation usually reserved for foreign adversaries.",
  "Anthropic’s decisions irk Donald Trump",
  "The dispute escalated over a two-year, $200 million contract between Anthropic and the US Department of Defense.",
  "The Pentagon demands that Anthropic allow its AI model to be used “for all lawful purposes”, which the company has refused, keeping safeguards that forbid the use of Claude for the mass surveillance of American citizens or for lethal autonomous weapons systems without human oversight.",
  "On Thursday, Anthropic’s chief executive, Dario Amodei, had passed the point of no return by stating publicly that his company “cannot in good conscience accede” to the Pentagon’s demands, while leaving the door open to further negotiations.",
  "On Friday, even before the Pentagon’s ultimatum expired, Donald Trump posted a message on his social network Truth Social: “The leftist extremists at Anthropic have made a CATASTROPHIC MISTAKE in trying to FORCE the Department of Defense to follow their terms of use rather than our Constitution.”",
  "He backed his order with a threat: if there was resistance to the transition, he would use “the full power of the presidency” with “major civil and criminal consequences to follow.”",
  "Meanwhile, Pete Hegseth barred any contractor, supplier or partner working with the US military from doing business with Anthropic.",
  "“America’s warfighters will never be held hostage by the ideological whims of Big Tech,” he wrote on X.",
  "The supply chain risk designation could thus affect all of Anthropic’s commercial partnerships, well beyond the military sector.",
  "Support from OpenAI",
  "The ban is not unanimously supported in the tech world, however.",
  "OpenAI’s chief executive, Sam Altman, publicly took Anthropic’s side, saying he shared its concerns about military uses of AI.",
  "Four senators who handle defense matters also wrote jointly to Pete Hegseth and Dario Amodei, urging them to ease tensions and extend negotiations beyond a deadline they called “hasty.”",
  "Despite the harshness of the decree, Donald Trump granted the Pentagon and agencies already using Anthropic’s AI solutions a six-month transition period.",
  "The company is expected to challenge the security risk designation in court, according to several US media outlets.",
  "This standoff comes at a delicate time for the company, in the midst of preparing an initial public offering whose details have not yet been finalized.",
];

// Quotations the article does not have: one over several segments, one inside another, a link.
const MORE_PAIRS = [
  { source: "« Nous ne céderons pas.", target: "“We will not give in." },
  { source: "Nos principes ne sont pas à vendre. »", target: "Our principles are not for sale.”" },
  { source: "Il a dit : « Le mot ‹ risque › est trop fort. »", target: "He said: “The word ‘risk’ is too strong.”" },
  {
    source: "Le communiqué (voir https://www.anthropic.com/news) est paru jeudi.",
    target: "The statement (see https://www.anthropic.com/news) came out on Thursday.",
  },
];

const glossary = compileQaGlossary([
  { id: "scr", source: "risque pour la chaîne d’approvisionnement", accepted: ["supply chain risk"], forbidden: ["procurement risk"] },
  { id: "pentagone", source: "Pentagone", accepted: ["Pentagon"], forbidden: [] },
  { id: "garde-fou", source: "garde-fou", accepted: ["safeguard", "guardrail"], forbidden: [] },
  { id: "ia", source: "IA", accepted: ["AI"], forbidden: [] },
  { id: "ia-longue", source: "intelligence artificielle", accepted: ["artificial intelligence", "AI"], forbidden: [] },
  {
    id: "dod",
    source: "département de la Défense",
    accepted: ["Department of Defense", "Department of War"],
    forbidden: ["Defense Department of the United States"],
  },
  { id: "reseau", source: "réseau social", accepted: ["social network", "social media platform"], forbidden: [] },
  { id: "risque", source: "risque", accepted: ["risk"], forbidden: [] },
]);

describe("the text checks on the demo article translated well", () => {
  const article = readFileSync(new URL("../../../prisma/seed/anthropic-pentagone.fr.txt", import.meta.url), "utf8");
  const french = article.split(/\n\s*\n/u).flatMap((paragraph) => segmentSentences(paragraph.trim(), "fr").map((s) => s.text));
  const pairs = [...french.map((source, k) => ({ source, target: ENGLISH[k] })), ...MORE_PAIRS];

  it("has one English sentence per French segment", () => {
    expect(french).toHaveLength(ENGLISH.length);
  });

  it.each(pairs.map((pair, k) => [k, pair] as const))("pair %i raises nothing", (_, pair) => {
    const context = { settings: DEFAULT_QA_SETTINGS, glossary };
    const findings = TEXT_CHECKS.flatMap((check) => check.run(pair, context));
    expect(findings.map((f) => [f.code, f.message.key, pair.target.slice(f.start, f.end)])).toEqual([]);
  });

  // The same pairs with one error planted each: the checks above are not silent by accident.
  it.each([
    [
      1,
      (t: string) => t.replace("“supply chain risk to national security”", "« procurement risk to national security »"),
      ["term-forbidden", "typography", "typography"],
    ],
    [2, () => french[2], ["untranslated"]],
    [3, (t: string) => t.replace(".", ""), ["punctuation-end"]],
    [5, (t: string) => t.replace("“cannot", "cannot"), ["quotes"]],
    [6, (t: string) => t.replace("Truth Social:", "Truth Social :"), ["typography"]],
    [8, (t: string) => t.replace("Meanwhile", "meanwhile"), ["case"]],
    [12, (t: string) => t.replace("tech world", "tech  world"), ["double-space"]],
    [13, (t: string) => t.replace("uses of AI", "uses of A.I. (artificial intelligence"), ["brackets", "term-missing"]],
    [16, () => "The company will sue.", ["length", "term-missing"]],
  ] as const)("finds the error planted in pair %i", (k, plant, codes) => {
    const pair = { source: pairs[k].source, target: plant(pairs[k].target) };
    const findings = TEXT_CHECKS.flatMap((check) => check.run(pair, { settings: DEFAULT_QA_SETTINGS, glossary }));
    expect(findings.map((f) => f.code).sort()).toEqual([...codes].sort());
  });

  it("is what the one runner runs, with the project's severities", () => {
    const issues = checkPair({ source: pairs[2].source, target: "  anthropic’s decisions irk « Donald Trump." }, { settings: DEFAULT_QA_SETTINGS, glossary });
    const mine = issues.filter((issue) => TEXT_CHECKS.some((check) => check.codes.includes(issue.code)));
    expect(mine.map((issue) => [issue.code, issue.severity])).toEqual([
      ["case", "warning"],
      ["quotes", "warning"],
      ["typography", "warning"],
      ["punctuation-end", "warning"],
    ]);
  });

  it("finds no inconsistency between the segments", () => {
    const rows = pairs.map((pair, k) => ({ segmentId: `s${k}`, ...pair }));
    expect([...findInconsistencies(rows).keys()]).toEqual([]);
  });
});
