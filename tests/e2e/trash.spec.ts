import { expect, test } from "@playwright/test";
import { importPasted } from "./helpers";

test("a deleted document can be undone at once, and restored from the trash later", async ({ page }) => {
  const title = `Trash me ${Date.now()}`;
  const documentUrl = await importPasted(page, title, "Un texte à jeter. Puis à reprendre.");
  const projectUrl = documentUrl.replace(/\/documents\/.*$/, "");
  await page.goto(projectUrl);
  const list = page.getByTestId("document-list");
  // Newest first: the document just imported heads the list.
  await expect(list.locator(".card__title").first()).toHaveText(title);

  // Delete → it leaves the list at once, and Undo brings it back.
  await page.getByRole("button", { name: `Delete ${title}` }).click();
  const notice = page.getByTestId("trash-notice");
  await expect(notice).toContainText(`“${title}” was moved to the trash.`);
  await expect(list.getByText(title)).toHaveCount(0);
  await notice.getByRole("button", { name: `Undo: restore ${title}` }).click();
  await expect(notice).toHaveCount(0);
  await expect(list.locator(".card__title").first()).toHaveText(title);

  // Delete again: its page is gone (404) while it sits in the trash.
  await page.getByRole("button", { name: `Delete ${title}` }).click();
  await expect(notice).toBeVisible();
  expect((await page.goto(documentUrl))?.status()).toBe(404);

  // The Trash tab says who deleted it, when, and how long it stays; Restore brings it back.
  await page.goto(projectUrl);
  await page.getByRole("navigation").getByRole("link", { name: "Trash" }).click();
  const trashed = page.getByTestId("trash-list").locator("li", { hasText: title });
  await expect(trashed).toContainText(/Deleted by .+ on /);
  await expect(trashed).toContainText("30 days left");
  await trashed.getByRole("button", { name: `Restore ${title}` }).click();
  await expect(page.getByTestId("trash-list").getByText(title)).toHaveCount(0);
  await page.goto(projectUrl);
  await expect(list.getByText(title)).toBeVisible();
  expect((await page.goto(documentUrl))?.status()).toBe(200);
});
