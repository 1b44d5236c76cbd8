import { expect, type Browser, type Page } from "@playwright/test";

export const OWNER_STATE = "tests/e2e/.auth/owner.json";

/** The instance's first account, created by first-account.setup.ts. */
export const OWNER = { name: "Olivia Owner", email: "olivia@example.test", password: "correct horse battery" };

/**
 * The owner (on `owner`, signed in) creates an invitation link to the project at `projectUrl`:
 * sign-up is by invitation by default (LISIERE_SIGNUP=invite), so every later account starts here.
 */
export async function createInvitation(owner: Page, projectUrl: string, email: string, role: string): Promise<string> {
  await owner.goto(`${projectUrl}/members`);
  await owner.getByLabel("Email", { exact: true }).fill(email);
  await owner.getByLabel("Role", { exact: true }).selectOption(role);
  await owner.getByRole("button", { name: "Create invitation link" }).click();
  const link = await owner.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/en\/invite\/[\w-]{40,}$/);
  return link;
}

/**
 * Signs up a new account in a fresh browser context (no shared cookies) from its invitation link,
 * as an invitee would: open the link, "Create account", fill the form (the address is the
 * invited one). It ends back on the invitation page, signed in and not yet a member.
 */
export async function signUpInNewContext(browser: Browser, account: { name: string; email: string; password: string }, invitationLink: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(invitationLink);
  await page.getByRole("link", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveValue(account.email);
  await page.getByLabel("Display name").fill(account.name);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(account.name);
  await expect(page.getByRole("button", { name: "Join the project" })).toBeVisible();
  return { context, page };
}

/**
 * Accepts the invitation open on `page` and waits until the project page shows: going on at once
 * raced the acceptance (on PostgreSQL the next page was asked for before the membership was written).
 */
export async function joinProject(page: Page) {
  await page.getByRole("button", { name: "Join the project" }).click();
  await expect(page).not.toHaveURL(/\/invite\//);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
