import { expect, test } from "@playwright/test";
import { alignPastedEnglish, expectAllSaved, importPasted, row } from "./helpers";

const FRENCH =
  "Le Pentagone a signé un contrat de 200 millions de dollars. Anthropic a refusé ses conditions.\n\nDonald Trump a réagi vendredi. Il a menacé le groupe.";
// The translator merged the last two French sentences into one English sentence.
const ENGLISH = "The Pentagon signed a $200 million contract. Anthropic refused its terms.\n\nDonald Trump reacted on Friday and threatened the company.";

test("import an English version, check the proposed pairs, fix one with the keyboard", async ({ page }) => {
  await importPasted(page, "Alignement", FRENCH);
  await alignPastedEnglish(page, ENGLISH);
  await expect(page.getByTestId("align-result")).toContainText("Aligned: 3 pairs from 3 English sentences");

  // The proposed pairs: two 1-1, then the two French sentences merged with the one English sentence.
  await expect(row(page, 1)).toContainText("Le Pentagone a signé un contrat de 200 millions de dollars.");
  await expect(row(page, 1).getByTestId("segment-target")).toHaveText("The Pentagon signed a $200 million contract.");
  await expect(row(page, 2).getByTestId("segment-target")).toHaveText("Anthropic refused its terms.");
  await expect(row(page, 3)).toContainText("Donald Trump a réagi vendredi. Il a menacé le groupe.");
  await expect(row(page, 3).getByTestId("segment-target")).toHaveText("Donald Trump reacted on Friday and threatened the company.");
  await expect(row(page, 1)).toHaveAttribute("data-status", "draft");

  // The reviewer prefers one pair per French sentence: split pair 3 after its first sentence.
  await row(page, 3).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("Control+Shift+K");
  await expect(page.getByTestId("segment-row")).toHaveCount(4);
  await expect(row(page, 3)).toContainText("Donald Trump a réagi vendredi.");
  await expect(row(page, 4)).toContainText("Il a menacé le groupe.");
  await expectAllSaved(page);

  await page.reload();
  await expect(page.getByTestId("segment-row")).toHaveCount(4);
  await expect(row(page, 4)).toContainText("Il a menacé le groupe.");
  await expect(row(page, 3).getByTestId("segment-target")).toHaveText("Donald Trump reacted on Friday and threatened the company.");
});
