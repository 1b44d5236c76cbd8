import { expect, test, type Page } from "@playwright/test";
import { openDemoDocument } from "./helpers";

/** Every page's tab title, in one language: signed out (sign-in, sign-up), then as the owner. */
async function titlesIn(page: Page, anonymous: Page, lng: string): Promise<Record<string, string>> {
  const titles: Record<string, string> = {};
  const visit = async (on: Page, name: string, url: string) => {
    await on.goto(url);
    await expect(on.locator("h1").first()).toBeVisible();
    titles[name] = await on.title();
  };
  await visit(anonymous, "sign-in", `/${lng}/sign-in`);
  await visit(anonymous, "sign-up", `/${lng}/sign-up`);
  await visit(page, "projects", `/${lng}`);
  await visit(page, "account", `/${lng}/account`);
  await openDemoDocument(page, lng);
  const documentUrl = new URL(page.url()).pathname;
  const projectUrl = documentUrl.replace(/\/documents\/.*$/, "");
  titles.document = await page.title();
  for (const name of ["glossary", "memory", "members", "audit", "trash"]) await visit(page, name, `${projectUrl}/${name}`);
  await visit(page, "project", projectUrl);
  await visit(page, "review", `${documentUrl}/review`);
  await visit(page, "activity", `${documentUrl}/activity`);
  return titles;
}

test("every page has a title of its own, translated, ending in the app's name", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const anonymous = await context.newPage();
  const en = await titlesIn(page, anonymous, "en");
  const fr = await titlesIn(page, anonymous, "fr");
  await context.close();

  for (const titles of [en, fr]) {
    const all = Object.values(titles);
    expect(all).toHaveLength(13);
    expect(new Set(all).size, JSON.stringify(titles, null, 1)).toBe(all.length);
    for (const title of all) expect(title).toMatch(/^.+ · Lisière$/);
  }
  // Translated: only the project's and the document's own names read the same in both languages.
  for (const name of Object.keys(en).filter((n) => n !== "project" && n !== "document")) expect(fr[name], name).not.toBe(en[name]);
  expect(en.glossary).toMatch(/^Glossary · .+ · Lisière$/);
  expect(fr.glossary).toMatch(/^Glossaire · .+ · Lisière$/);
  expect(en.memory).toMatch(/^Translation memory · .+ · Lisière$/);
  expect(fr.memory).toMatch(/^Mémoire de traduction · .+ · Lisière$/);
  expect(en.review).toBe(`Review · ${en.document}`);
});
