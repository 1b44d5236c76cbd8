import { expect, test } from "@playwright/test";
import { expectAllSaved, importPasted, retranslate, row } from "./helpers";

test("the owner corrects a source in review mode: the translation is flagged with a source diff and goes back to draft; comments on selected words are resolved and reopened", async ({
  page,
}) => {
  const documentUrl = await importPasted(page, "Source corrigée", "Le contrat vaut 200 millions. Le groupe refuse.");
  await row(page, 1).getByTestId("segment-target").click();
  for (const text of ["The contract is worth 200 million.", "The company refuses."]) {
    await expect(page.getByTestId("target-editor")).toBeFocused();
    await page.keyboard.type(text);
    await page.keyboard.press("Control+Enter");
  }
  await expectAllSaved(page);

  await page.getByTestId("open-review").click();
  const inspector = page.getByTestId("review-inspector");
  await page.getByTestId("review-source").locator("[data-number='1']").click();
  await inspector.getByRole("button", { name: "Edit the source" }).click();
  await inspector.getByTestId("source-input").fill("Le contrat vaut 300 millions.");
  await inspector.getByRole("button", { name: "Save the source" }).click();
  await expect(inspector.getByTestId("source-changed").locator("del")).toHaveText("200");
  await expect(inspector.getByTestId("source-changed").locator("ins")).toHaveText("300");
  await expect(inspector.getByTestId("inspector-status")).toHaveText("Draft");
  await expect(page.getByTestId("review-source").locator(".review-seg__flag")).toHaveText("source changed");
  await page.getByTestId("review-filter").selectOption({ label: "Source changed (1)" });

  // A comment on a word selected in segment 2's English.
  await page.getByTestId("review-filter").selectOption({ label: "All segments (2)" });
  const english = page.getByTestId("review-target").locator("[data-number='2']");
  await english.click();
  await expect(inspector.getByRole("heading", { level: 2 })).toHaveText("Segment 2");
  await english.evaluate((el) => {
    const range = document.createRange();
    range.setStart(el.firstChild!, 4);
    range.setEnd(el.firstChild!, 11);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await expect(inspector.getByText("Comment on the selected words: “company”")).toBeVisible();
  await expect(inspector.getByRole("checkbox", { name: "Comment on the selected words: “company”" })).toBeChecked();
  await inspector.getByLabel("New comment").fill("Use the name <b>Anthropic</b>?");
  await inspector.getByRole("button", { name: "Comment", exact: true }).click();
  const thread = inspector.getByTestId("comment-thread");
  await expect(thread).toContainText("company");
  await expect(thread.getByTestId("comment-body")).toHaveText("Use the name <b>Anthropic</b>?");
  await expect(page.getByTestId("review-target").getByTestId("comment-count")).toHaveText("1");
  await expect(english.locator("mark")).toHaveText("company"); // the words commented on, in the column
  await thread.getByRole("button", { name: "Resolve" }).click();
  await expect(page.getByTestId("review-target").getByTestId("comment-count")).toHaveCount(0);
  await expect(english.locator("mark")).toHaveCount(0);
  await expect(thread).toHaveAttribute("data-resolved", "true");
  await thread.getByRole("button", { name: "Show" }).click();
  await thread.getByRole("button", { name: "Reopen" }).click();
  await expect(page.getByTestId("review-target").getByTestId("comment-count")).toHaveText("1");

  // The segment's history and the document's activity show the source change as a diff.
  await page.getByTestId("review-source").locator("[data-number='1']").click();
  await inspector.getByTestId("inspector-history").click();
  await expect(page.getByTestId("history-panel").getByTestId("revision-source-diff").locator("ins")).toHaveText("300");
  await page.getByTestId("history-panel").getByRole("button", { name: "Close" }).click();
  await page.goto(`${documentUrl}/activity`);
  await expect(page.getByTestId("activity-list").locator("tr", { hasText: "Source changed" }).locator("del")).toHaveText("200");

  // In the grid, the translator sees the flag and the diff of the source.
  await page.goto(documentUrl);
  await expect(row(page, 1)).toHaveAttribute("data-status", "draft");
  await row(page, 1).getByTestId("source-changed-flag").locator("summary").click();
  await expect(row(page, 1).getByTestId("source-changed-flag").locator("ins")).toHaveText("300");
  await expect(row(page, 2).getByTestId("comments-button")).toHaveText("Comments (1)");
  // Confirming the translation against the new source clears the flag.
  await retranslate(page, 1, "The contract is worth 300 million.");
  await page.reload();
  await expect(row(page, 1).getByTestId("source-changed-flag")).toHaveCount(0);
  await expect(row(page, 1)).toHaveAttribute("data-status", "translated");
});
