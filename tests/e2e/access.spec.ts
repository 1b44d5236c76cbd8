import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { createInvitation, joinProject, signUpInNewContext } from "./accounts";
import { DEMO_PROJECT_NAME, DEMO_TITLE, expectAllSaved, openDemoDocument, row } from "./helpers";

const BOB = { name: "Bob Outsider", email: "bob@example.test", password: "bob's long password" };

test("a second user sees nothing of the owner's project until invited, reads as viewer, edits as translator", async ({ page, browser }) => {
  await openDemoDocument(page);
  const documentUrl = page.url();
  const projectUrl = documentUrl.replace(/\/documents\/.*$/, "");
  const segmentId = await row(page, 1).getAttribute("data-segment-id");
  const documentId = documentUrl.split("/").at(-1)!;

  // Accounts are by invitation: the owner invites Bob as a viewer; the link is shown once.
  const link = await createInvitation(page, projectUrl, BOB.email, "viewer");

  // Bob signs up from the link but has not joined yet: he has no project, and the demo is
  // invisible to him, by list and by URL.
  const bob = await signUpInNewContext(browser, BOB, link);
  await bob.page.goto("/en");
  await expect(bob.page.getByText("No project yet")).toBeVisible();
  await expect(bob.page.getByRole("link", { name: DEMO_PROJECT_NAME })).toHaveCount(0);
  await bob.page.goto(documentUrl);
  await expect(bob.page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(bob.page.getByText(DEMO_TITLE)).toHaveCount(0);
  await bob.page.goto(projectUrl);
  await expect(bob.page.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect((await bob.page.request.get(`/api/documents/${documentId}/export?format=md`)).status()).toBe(404);
  expect((await bob.page.request.patch(`/api/segments/${segmentId}`, { data: { baseVersion: 1, targetText: "hijack" } })).status()).toBe(404);

  // Bob accepts, can read and export, cannot edit: the UI offers no editor and the server refuses.
  await bob.page.goto(link);
  await expect(bob.page.getByText("You are invited to join")).toBeVisible();
  await joinProject(bob.page);
  await expect(bob.page.getByRole("heading", { level: 1 })).toHaveText(DEMO_PROJECT_NAME);
  await bob.page.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(bob.page.getByText("You can read this document but not edit it.")).toBeVisible();
  await expect(row(bob.page, 1).getByTestId("segment-target")).toBeDisabled();
  await expect(bob.page.getByTestId("target-editor")).toHaveCount(0);
  const refused = await bob.page.request.patch(`/api/segments/${segmentId}`, { data: { baseVersion: 1, targetText: "viewer edit" } });
  expect(refused.status()).toBe(403);
  const downloading = bob.page.waitForEvent("download");
  await bob.page.getByTestId("export-menu").locator("summary").click();
  await bob.page.getByTestId("export-html").click();
  const html = fs.readFileSync((await (await downloading).path())!, "utf8");
  expect(html).toContain("Donald Trump a ordonné");
  await expect(bob.page.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  // The owner makes Bob a translator: now he can edit.
  await page.reload();
  const saved = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByLabel(`Role of ${BOB.name}`).selectOption("translator");
  expect((await saved).ok()).toBe(true);
  await page.reload();
  await expect(page.getByLabel(`Role of ${BOB.name}`)).toHaveValue("translator");
  await bob.page.reload();
  await expect(bob.page.getByText("You can read this document but not edit it.")).toHaveCount(0);
  // The keys now listed for him wait behind the toolbar's "Keys" button.
  await bob.page.getByTestId("keyboard-help").locator("summary").first().click();
  await expect(bob.page.getByText("Ctrl+Enter: confirm")).toBeVisible();
  await bob.page.keyboard.press("Escape");
  await row(bob.page, 4).getByTestId("segment-target").click();
  await expect(bob.page.getByTestId("target-editor")).toBeFocused();
  await bob.page.keyboard.type("Bob's translation.");
  await bob.page.keyboard.press("Control+Enter");
  await expectAllSaved(bob.page);
  await page.goto(documentUrl);
  await expect(row(page, 4)).toContainText("Bob's translation.");

  // The owner's audit log recorded the invitation, the role change and Bob's export.
  await page.goto(`${projectUrl}/audit`);
  const log = page.getByTestId("audit-log");
  for (const action of ["member.invited", "member.joined", "member.role_changed", "document.exported", "auth.sign_up"]) {
    await expect(log.locator(`tr[data-action="${action}"]`).first()).toBeVisible();
  }
  await bob.context.close();
});

test("signing out ends the session; a wrong password is refused with a clear message", async ({ page, browser }) => {
  await openDemoDocument(page);
  const link = await createInvitation(page, page.url().replace(/\/documents\/.*$/, ""), "carol@example.test", "viewer");
  const carol = await signUpInNewContext(browser, { name: "Carol", email: "carol@example.test", password: "carol's long password" }, link);
  await carol.page.getByRole("button", { name: "Sign out" }).click();
  await expect(carol.page).toHaveURL(/\/en\/sign-in/);
  await carol.page.goto("/en");
  await expect(carol.page).toHaveURL(/\/en\/sign-in\?next=/);
  await carol.page.getByLabel("Email").fill("carol@example.test");
  await carol.page.getByLabel("Password").fill("not the password");
  await carol.page.getByRole("button", { name: "Sign in" }).click();
  await expect(carol.page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
  await carol.page.getByLabel("Password").fill("carol's long password");
  await carol.page.getByRole("button", { name: "Sign in" }).click();
  await expect(carol.page.getByTestId("current-user")).toHaveText("Carol");
  await carol.context.close();
});
