import { expect, test } from "@playwright/test";
import { OWNER_STATE } from "./accounts";
import { expectAllSaved, importPasted, row } from "./helpers";

test("two tabs editing the same segment get a conflict, not a lost update", async ({ browser }) => {
  const context = await browser.newContext({ storageState: OWNER_STATE });
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  const url = await importPasted(tabA, "Conflit", "Une phrase. Deux phrases. Trois phrases. Quatre phrases. Cinq phrases. Six phrases.");
  // Tab B gets no live updates (as behind a proxy that drops event streams), so it keeps the old
  // version; live-updates.spec.ts covers the conflict met while live updates are on.
  await tabB.route("**/events", (route) => route.abort());
  await tabB.goto(url);

  // Tab A saves segment 5 first.
  await row(tabA, 5).getByTestId("segment-target").click();
  await expect(tabA.getByTestId("target-editor")).toBeFocused();
  await tabA.keyboard.type("Text from tab A.");
  await tabA.keyboard.press("Control+Enter");
  await expectAllSaved(tabA);

  // Tab B still holds the old version and edits the same segment.
  await row(tabB, 5).getByTestId("segment-target").click();
  await expect(tabB.getByTestId("target-editor")).toBeFocused();
  await tabB.keyboard.type("Text from tab B.");
  await tabB.keyboard.press("Escape");
  const dialog = tabB.getByTestId("conflict-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("conflict-theirs")).toHaveText("Text from tab A.");
  await expect(dialog.getByTestId("conflict-mine")).toHaveText("Text from tab B.");
  await expect(tabB.getByTestId("save-state")).toHaveAttribute("data-phase", "error");

  // Nothing was overwritten meanwhile.
  await tabA.reload();
  await expect(row(tabA, 5)).toContainText("Text from tab A.");

  // B decides to keep their text: it is saved on top of A's version, knowingly.
  await dialog.getByRole("button", { name: "Keep my version" }).click();
  await expect(dialog).toBeHidden();
  await expectAllSaved(tabB);
  await tabA.reload();
  await expect(row(tabA, 5)).toContainText("Text from tab B.");
  await context.close();
});
