import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { importInOwnProject } from "./focus-helpers";
import { expectAllSaved, openDemoDocument, row, selectInSource } from "./helpers";

/**
 * axe-core (WCAG 2.1 A and AA) on every page and in the states a translator meets — the editor
 * open, each dialog open, review mode with a segment selected, the 404 — in English and French.
 * Every serious or critical violation fails, all of them listed at once.
 */
for (const lng of ["en", "fr"]) {
  test(`no serious or critical WCAG violation on any page or state (${lng})`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    const check = async (on: Page, state: string) => found.push(...(await seriousViolations(on, `${lng} ${state}`)));

    // Signed out: sign-in and sign-up.
    const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const visitor = await anonymous.newPage();
    for (const path of ["sign-in", "sign-up"]) {
      await visitor.goto(`/${lng}/${path}`);
      await expect(visitor.locator("h1")).toBeVisible();
      await check(visitor, path);
    }
    await anonymous.close();

    await page.goto(`/${lng}`);
    await check(page, "projects");
    // The demo project's pages have content (documents, glossary, members, audit events).
    await openDemoDocument(page, lng);
    await check(page, "demo document");
    const projectUrl = page.url().replace(/\/documents\/.*$/, "");

    // A document of its own (its segments get changed): the editor open on segment 1, each dialog over it.
    await importInOwnProject(page, `Axe ${lng}`, "Le contrat reste en vigueur. Rien ne change pour les parties.");
    const documentUrl = page
      .url()
      .replace(/^http:\/\/[^/]+\/en\//, `/${lng}/`)
      .replace(/\?.*$/, "");
    await page.goto(documentUrl);
    await check(page, "document");
    await row(page, 1).getByTestId("segment-target").click();
    await expect(page.getByTestId("target-editor")).toBeFocused();
    await page.keyboard.type("The contract stays valid.");
    await check(page, "editor open");
    await page.keyboard.press("Alt+r");
    await expect(page.getByTestId("reject-dialog")).toBeVisible();
    await check(page, "reject dialog");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("reject-dialog")).toBeHidden();
    await page.keyboard.press("Control+g");
    await expect(page.getByTestId("goto-dialog")).toBeVisible();
    await check(page, "go-to dialog");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("goto-dialog")).toBeHidden();
    await page.keyboard.press("Escape");
    await page.keyboard.press("F1");
    await expect(page.getByTestId("shortcut-help")).toBeVisible();
    await check(page, "shortcut help");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("shortcut-help")).toBeHidden();
    const firstWord = (await row(page, 1).getByTestId("source-editor").innerText()).match(/\p{L}{4,}/u)![0];
    await selectInSource(row(page, 1), firstWord);
    await page.keyboard.press("Alt+g");
    await expect(page.getByTestId("annotate-dialog")).toBeVisible();
    await check(page, "gloss dialog");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("annotate-dialog")).toBeHidden();

    // Translation memory: the Matches tab (confirmed segment 1 is a unit now), the concordance with a
    // result, the pre-translation dialog.
    await row(page, 1).getByTestId("segment-target").click();
    await expect(page.getByTestId("target-editor")).toBeFocused();
    await page.keyboard.press("Control+Enter");
    await expectAllSaved(page);
    await row(page, 1).getByTestId("segment-target").click();
    await page.getByTestId("side-tab-matches").click();
    await expect(page.getByTestId("match").first()).toBeVisible();
    await check(page, "matches tab");
    await page.keyboard.press("Control+k");
    await page.getByTestId("concordance-input").fill("contrat");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("concordance-hit").first()).toBeVisible();
    await check(page, "concordance tab");
    await page.getByTestId("pretranslate-open").click();
    await expect(page.getByTestId("pretranslate-dialog")).toBeVisible();
    await check(page, "pre-translate dialog");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("pretranslate-dialog")).toBeHidden();

    await expectAllSaved(page);

    // Review mode with segment 1 selected.
    await page.goto(`${documentUrl}/review`);
    await page.getByTestId("review-target").locator('[data-number="1"]').click();
    await expect(page.getByTestId("review-inspector")).toBeVisible();
    await check(page, "review mode, segment selected");

    for (const [state, url] of [
      ["project", projectUrl],
      ["glossary", `${projectUrl}/glossary`],
      ["memory", `${projectUrl}/memory`],
      ["members", `${projectUrl}/members`],
      ["audit", `${projectUrl}/audit`],
      ["trash", `${projectUrl}/trash`],
      ["activity", `${documentUrl}/activity`],
      ["account", `/${lng}/account`],
      ["404", `/${lng}/no-such-page`],
    ]) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      await check(page, state);
    }

    expect(found, `Serious or critical WCAG violations:\n${found.join("\n")}`).toEqual([]);
  });
}
