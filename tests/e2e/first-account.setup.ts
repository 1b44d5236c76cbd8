import { expect, test } from "@playwright/test";
import { OWNER, OWNER_STATE } from "./accounts";
import { DEMO_TITLE } from "./helpers";

test("the first visitor creates the first account and lands on the demo article", async ({ page }) => {
  await page.goto("/");
  // First run: no account exists, so the app asks for the owner's account.
  await expect(page).toHaveURL(/\/en\/sign-up$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome! Create the first account");
  await page.getByLabel("Display name").fill(OWNER.name);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  // The browser refuses a too-short password before the server sees it.
  expect(await page.getByLabel("Password").evaluate((el: HTMLInputElement) => el.validity.tooShort)).toBe(true);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("document-title")).toHaveText(DEMO_TITLE);
  await expect(page.getByTestId("current-user")).toHaveText(OWNER.name);
  // The session cookie is http-only and SameSite.
  const cookie = (await page.context().cookies()).find((c) => c.name.includes("session_token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await page.context().storageState({ path: OWNER_STATE });
});
