import { expect, type Browser, type Page } from "@playwright/test";

export const OWNER_STATE = "tests/e2e/.auth/owner.json";

/** The instance's first account, created by first-account.setup.ts. */
export const OWNER = { name: "Olivia Owner", email: "olivia@example.test", password: "correct horse battery" };

/** Signs up a new account in a fresh browser context (no shared cookies). */
export async function signUpInNewContext(browser: Browser, account: { name: string; email: string; password: string }) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/en/sign-up");
  await page.getByLabel("Display name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(account.name);
  return { context, page };
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
