import { expect, test, type Page, type Route } from "@playwright/test";
import { createInvitation, joinProject, signUpInNewContext } from "./accounts";
import { importInOwnProject } from "./focus-helpers";
import { expectAllSaved, row } from "./helpers";

const TARA = { name: "Tara Translator", email: "tara.live@example.test", password: "tara's long password" };

/** Holds the page's server-action requests (its autosaves) until released: text typed but not yet on the server. */
async function holdSaves(page: Page) {
  const held: Route[] = [];
  let holding = true;
  await page.route("**/*", (route) => {
    const request = route.request();
    if (holding && request.method() === "POST" && request.headers()["next-action"]) held.push(route);
    else void route.continue();
  });
  return {
    count: () => held.length,
    release: async () => {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

const chip = (page: Page, n: number) => row(page, n).getByRole("img", { name: `${TARA.name} is on this segment` });

test("two people on one document see each other's saves and places live, and unsaved words are never replaced", async ({ page: owner, browser }) => {
  test.setTimeout(120_000);
  // The owner's own project and document; Tara joins it as a translator, in another browser.
  await importInOwnProject(owner, "Direct", "Première phrase. Deuxième phrase. Troisième phrase. Quatrième phrase. Cinquième phrase. Sixième phrase.");
  const documentUrl = owner.url();
  const link = await createInvitation(owner, documentUrl.replace(/\/documents\/.*$/, ""), TARA.email, "translator");
  const tara = await signUpInNewContext(browser, TARA, link);
  await joinProject(tara.page);
  await tara.page.goto(documentUrl);
  await owner.goto(documentUrl);
  await expect(row(owner, 1)).toBeVisible();
  // Marks this page: it must still be there at the end (nothing below reloads it).
  await owner.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  // Tara confirms segment 2: the owner's grid shows her text and status without reloading.
  await row(tara.page, 2).getByTestId("segment-target").click();
  await expect(tara.page.getByTestId("target-editor")).toBeFocused();
  await tara.page.keyboard.type("The second sentence, live.");
  await tara.page.keyboard.press("Control+Enter");
  await expectAllSaved(tara.page);
  await expect(row(owner, 2).getByTestId("segment-target")).toHaveText("The second sentence, live.");
  await expect(row(owner, 2)).toHaveAttribute("data-status", "translated");

  // Where Tara is shows on the owner's grid, with her name for screen readers and on hover.
  await row(tara.page, 5).getByTestId("segment-target").click();
  await expect(chip(owner, 5)).toBeVisible();
  await expect(chip(owner, 5)).toHaveText("TT");
  await expect(chip(owner, 2)).toHaveCount(0);
  await owner.screenshot({ path: "test-results/live-presence.png" });

  // The owner types in segment 4 and their save has not reached the server when Tara saves it.
  const saves = await holdSaves(owner);
  await row(owner, 4).getByTestId("segment-target").click();
  await expect(owner.getByTestId("target-editor")).toBeFocused();
  await owner.keyboard.type("The owner's unsaved words.");
  await expect.poll(saves.count).toBeGreaterThan(0);
  await row(tara.page, 4).getByTestId("segment-target").click();
  await expect(chip(owner, 4)).toBeVisible();
  await tara.page.keyboard.type("Tara's words.");
  await tara.page.keyboard.press("Control+Enter");
  await expectAllSaved(tara.page);
  // Tara moved on to segment 5 after her save: once her place has moved on the owner's grid, her save was told too.
  await expect(chip(owner, 5)).toBeVisible();
  await expect(owner.getByTestId("target-editor")).toHaveText("The owner's unsaved words.");

  // The owner's save goes out on the version they edited: the usual conflict, both texts shown.
  await saves.release();
  const dialog = owner.getByTestId("conflict-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("conflict-theirs")).toHaveText("Tara's words.");
  await expect(dialog.getByTestId("conflict-mine")).toHaveText("The owner's unsaved words.");
  await owner.screenshot({ path: "test-results/live-conflict.png" });
  await dialog.getByRole("button", { name: "Keep my version" }).click();
  await expectAllSaved(owner);

  // Tara's grid now shows the owner's kept text live as well, as the owner's (a reviewer's) tracked change of her words.
  await expect(row(tara.page, 4).getByTestId("segment-target")).toContainText("The owner's unsaved words.");
  await expect(row(tara.page, 4).getByTestId("tracked-actions")).toBeVisible();

  // Tara merges segments 5 and 6: positions move, so the owner's grid reloads its part (its edits
  // are all saved) — in place, the page itself is not reloaded.
  await expect(owner.getByTestId("segment-row")).toHaveCount(6);
  // (Her editor is still on segment 5, where her last Ctrl+Enter took her.)
  await expect(row(tara.page, 5).getByTestId("target-editor")).toBeFocused();
  await tara.page.keyboard.press("Control+Shift+J");
  await expect(tara.page.getByTestId("segment-row")).toHaveCount(5);
  await expect(owner.getByTestId("segment-row")).toHaveCount(5);
  await expect(row(owner, 5)).toContainText("Cinquième phrase. Sixième phrase.");
  await expect(row(owner, 4).getByTestId("segment-target")).toContainText("The owner's unsaved words.");
  expect(await owner.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await tara.context.close();
});

test("a page whose event stream was down catches up on what it missed once the stream is back", async ({ page: tabA }) => {
  await importInOwnProject(tabA, "Rattrapage", "Une phrase. Deux phrases. Trois phrases.");
  const documentUrl = tabA.url();
  // Tab B (the same person, another tab) opens the document while its stream cannot connect.
  const tabB = await tabA.context().newPage();
  const streams: string[] = [];
  await tabB.route("**/events", (route) => (streams.push(route.request().url()), route.abort()));
  await tabB.goto(documentUrl);
  await expect(row(tabB, 2)).toBeVisible();
  await expect.poll(() => streams.length).toBeGreaterThan(0);

  await row(tabA, 2).getByTestId("segment-target").click();
  await expect(tabA.getByTestId("target-editor")).toBeFocused();
  await tabA.keyboard.type("Missed while offline.");
  await tabA.keyboard.press("Control+Enter");
  await expectAllSaved(tabA);
  await expect(row(tabB, 2).getByTestId("segment-target")).toHaveText("Not translated yet");

  // The stream comes back (the browser retries by itself): B asks what changed since its rows and shows it.
  await tabB.unroute("**/events");
  await expect(row(tabB, 2).getByTestId("segment-target")).toHaveText("Missed while offline.", { timeout: 20_000 });
  await expect(row(tabB, 2)).toHaveAttribute("data-status", "translated");
});

test("review mode shows a translator's saves live, in the column and in the open inspector", async ({ page: grid }) => {
  await importInOwnProject(grid, "Relecture en direct", "Une phrase. Deux phrases. Trois phrases.");
  const documentUrl = grid.url().split("?")[0];
  const review = await grid.context().newPage();
  await review.goto(`${documentUrl}/review`);
  const target = (n: number) => review.getByTestId("review-target").locator(`.review-seg[data-number="${n}"]`);
  await expect(target(2)).toBeVisible();
  // The reviewer has segment 3 open in the inspector, without typing.
  await target(3).click();
  await expect(review.getByTestId("review-inspector")).toBeVisible();
  await review.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  // The translator confirms segment 2, then 3 (Ctrl+Enter moves on to it).
  await row(grid, 2).getByTestId("segment-target").click();
  for (const [n, text] of [
    [2, "Two sentences, live in review."],
    [3, "Three sentences, into the open editor."],
  ] as const) {
    await expect(row(grid, n).getByTestId("target-editor")).toBeFocused();
    await grid.keyboard.type(text);
    await grid.keyboard.press("Control+Enter");
    await expectAllSaved(grid);
    await expect(target(n)).toHaveText(text);
    await expect(target(n)).toHaveAttribute("data-status", "translated");
  }
  await expect(review.getByTestId("review-inspector").getByTestId("target-editor")).toHaveText("Three sentences, into the open editor.");
  expect(await review.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});
