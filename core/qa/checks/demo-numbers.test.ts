import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDates } from "./dates";
import { checkNumbers } from "./numbers";
import { frenchDates, frenchWeekdays } from "./read-dates";
import { readFrenchNumbers } from "./read-french-numbers";

// The demo article's sentences that hold a number, a date or a weekday, translated well: the number
// and date checks must say nothing of them.
const GOOD: ReadonlyArray<readonly [string, string]> = [
  [
    "Le différend s’est envenimé autour d’un contrat de 200 millions de dollars sur deux ans liant Anthropic au département de la Défense des États-Unis.",
    "The dispute escalated over a two-year, $200 million contract between Anthropic and the US Department of Defense.",
  ],
  [
    "Jeudi, le patron d’Anthropic, Dario Amodei, avait franchi le point de non-retour en déclarant publiquement que son entreprise « ne peut pas en bonne conscience accéder » aux demandes du Pentagone, tout en laissant entrevoir la possibilité de poursuivre les négociations.",
    "On Thursday, Anthropic’s chief executive, Dario Amodei, had crossed the point of no return by stating publicly that his company “cannot in good conscience accede” to the Pentagon’s demands, while leaving the door open to further negotiations.",
  ],
  [
    "Vendredi, avant même l’expiration de l’ultimatum fixé par le Pentagone, Donald Trump a écrit un message sur son réseau social Truth Social : « Les extrémistes gauchistes chez Anthropic ont commis une ERREUR CATASTROPHIQUE en tentant de CONTRAINDRE le département de la Défense à suivre leurs conditions d’utilisation plutôt que notre Constitution ».",
    "On Friday, even before the Pentagon’s ultimatum expired, Donald Trump wrote on his social network Truth Social: “The Leftwing nut jobs at Anthropic have made a DISASTROUS MISTAKE trying to STRONG-ARM the Department of War, and force them to obey their Terms of Service instead of our Constitution.”",
  ],
  [
    "Quatre sénateurs chargés des questions de défense ont également écrit conjointement à Pete Hegseth et Dario Amodei pour les appeler à apaiser les tensions et prolonger les négociations au-delà d’une échéance qualifiée de « précipitée ».",
    "Four senators who handle defense matters also wrote jointly to Pete Hegseth and Dario Amodei, urging them to ease tensions and extend negotiations beyond a deadline they called “rushed.”",
  ],
  [
    "Malgré la brutalité du décret, Donald Trump a concédé une période de transition de six mois au Pentagone et aux agences utilisant déjà des solutions IA d’Anthropic.",
    "Despite the order’s harshness, Donald Trump granted a six-month transition period to the Pentagon and to agencies already using Anthropic’s AI solutions.",
  ],
  // The article's date (its metadata), as a dateline would give it.
  ["2026-02-28", "February 28, 2026"],
  ["le 28 février", "on Feb. 28"],
];

describe("the demo article's numbers and dates", () => {
  it.each(GOOD.map(([source, target]) => ({ source, target })))("$target passes clean", ({ source, target }) => {
    expect(checkNumbers({ source, target })).toEqual([]);
    expect(checkDates({ source, target })).toEqual([]);
  });

  it("covers every sentence of the article with a number, a date or a weekday", () => {
    const golden = new URL("../../segmentation/__golden__/anthropic-pentagone.sentences.json", import.meta.url);
    const blocks = JSON.parse(readFileSync(golden, "utf8")) as { text?: string; sentences?: string[] }[];
    const sentences = blocks.flatMap((block) => block.sentences ?? [block.text ?? ""]);
    const covered = new Set(GOOD.map(([source]) => source));
    const withNumbers = sentences.filter(
      (s) =>
        readFrenchNumbers(s, frenchDates(s)).some((m) => !m.optional || /^(?!une?$)/iu.test(m.surface)) ||
        frenchDates(s).length > 0 ||
        frenchWeekdays(s).length > 0,
    );
    expect(withNumbers.length).toBe(5);
    for (const sentence of withNumbers) expect(covered).toContain(sentence);
  });

  it("flags the planted mistakes the issue names", () => {
    const [source, good] = GOOD[0];
    expect(checkNumbers({ source, target: good.replace("$200 million", "$200 millions") }).map((f) => f.message.key)).toEqual(["magnitude.plural"]);
    expect(checkNumbers({ source, target: good.replace("$200 million", "$300 million") }).map((f) => [f.message.key, f.suggestion])).toEqual([
      ["number.changed", "200"],
    ]);
    expect(checkDates({ source: GOOD[1][0], target: GOOD[1][1].replace("Thursday", "Wednesday") }).map((f) => [f.message.key, f.suggestion])).toEqual([
      ["date.wrong-weekday", "Thursday"],
    ]);
    expect(checkDates({ source: GOOD[2][0], target: GOOD[2][1].replace("On Friday, even", "Even") }).map((f) => f.message.key)).toEqual(["date.missing"]);
  });
});
