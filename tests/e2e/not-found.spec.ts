import { expect, test, type Page } from "@playwright/test";

/**
 * Console errors and page errors while loading `path` (CSP refusals show up as console errors).
 * Chromium also logs the 404 of the page itself; that one is the point, so it is left out.
 */
async function visit(page: Page, path: string) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const ownStatus = message.text().includes("status of 404") && new URL(message.location().url).pathname === new URL(page.url()).pathname;
    if (!ownStatus) errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(path);
  await page.waitForLoadState("networkidle");
  return { status: response?.status(), errors };
}

const CASES = [
  { path: "/en/projects", lng: "en", heading: "Not found", title: /^Not found · Lisière$/, back: "Back to your projects" },
  { path: "/fr/nope", lng: "fr", heading: "Introuvable", title: /^Introuvable · Lisière$/, back: "Retour à vos projets" },
  { path: "/en/projects/no-such-project", lng: "en", heading: "Not found", title: /^Not found · Lisière$/, back: "Back to your projects" },
  { path: "/fr/projects/no-such-project/documents/nothing", lng: "fr", heading: "Introuvable", title: /^Introuvable · Lisière$/, back: "Retour à vos projets" },
  // An unknown language: the English page (the browser asks for en-GB), under /en.
  { path: "/de", lng: "en", heading: "Not found", title: /^Not found · Lisière$/, back: "Back to your projects" },
];

for (const { path, lng, heading, title, back } of CASES) {
  test(`${path} answers the app's own 404 in ${lng}, with the header, a way back and no console error`, async ({ page }) => {
    const { status, errors } = await visit(page, path);
    expect(status).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", lng);
    await expect(page).toHaveTitle(title);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.locator(".app-header")).toBeVisible();
    await page.getByRole("link", { name: back }).click();
    await expect(page).toHaveURL(new RegExp(`/${lng}$`));
    expect(errors).toEqual([]);
  });
}
