import { expect, test } from "@playwright/test";
import { OWNER, signIn } from "./accounts";
import { forgetSignInAttempts } from "./e2e-db";
import { openDemoDocument, row } from "./helpers";

// What a member (or anyone reaching the server) sends must not take them off the site, around
// the throttle, or the server down (issue 11).

const OTHER_HOST_NEXTS = [
  "%2F%09%2Fother-host%2Fx",
  "%2F%0A%2Fother-host%2Fx",
  "%2F%0D%2Fother-host",
  "%2F%5Cother-host%2Fx",
  "%2F%2Fother-host",
  "%2F.%2F%2Fother-host",
  "https%3A%2F%2Fother-host%2F",
  "javascript%3Aalert(1)",
];

test("return paths never leave the site: sign-in and sign-up pages, and the sign-in form", async ({ page, browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Signed in, the pages send you on at once: wherever the browser would go stays on this origin.
  for (const path of ["/en/sign-in", "/en/sign-up"]) {
    for (const next of OTHER_HOST_NEXTS) {
      const response = await page.request.get(`${path}?next=${next}`, { maxRedirects: 0 });
      expect(response.status(), `${path}?next=${next}`).toBe(307);
      expect(new URL(response.headers().location, origin).origin, `${path}?next=${next}`).toBe(origin);
    }
  }
  await page.goto("/en/sign-in?next=%2F%09%2Fother-host%2Fx");
  expect(new URL(page.url()).origin).toBe(origin);

  // Signed out, the form keeps `next` until the password is checked, then goes there only if it is ours.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitor = await context.newPage();
  await visitor.goto("/en/sign-in?next=%2F%09%2Fother-host%2Fx");
  await visitor.getByLabel("Email").fill(OWNER.email);
  await visitor.getByLabel("Password").fill(OWNER.password);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByTestId("current-user")).toHaveText(OWNER.name);
  expect(new URL(visitor.url()).origin).toBe(origin);
  // A genuine return path still works.
  await context.clearCookies();
  await visitor.goto("/en/account");
  await expect(visitor).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Faccount$/);
  await visitor.getByLabel("Email").fill(OWNER.email);
  await visitor.getByLabel("Password").fill(OWNER.password);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor).toHaveURL(/\/en\/account$/);
  await context.close();
});

test("sign-up is by invitation: without one, the page says so and offers no form", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  for (const [lng, text] of [
    ["en", "created from an invitation"],
    ["fr", "se créent à partir d’une invitation"],
  ]) {
    await page.goto(`/${lng}/sign-up`);
    await expect(page.getByTestId("sign-up-refused")).toContainText(text);
    await expect(page.locator("form input[name=password]")).toHaveCount(0);
  }
  await context.close();
});

test("the audit log records the connection's address, not the one a client claims", async ({ page }) => {
  await openDemoDocument(page);
  const documentId = page.url().split("/").at(-1)!;
  const projectUrl = page.url().replace(/\/documents\/.*$/, "");
  const response = await page.request.get(`/api/documents/${documentId}/export?format=md`, { headers: { "X-Forwarded-For": "6.6.6.6" } });
  expect(response.status()).toBe(200);
  await page.goto(`${projectUrl}/audit`);
  const exported = page.getByTestId("audit-log").locator('tr[data-action="document.exported"]').first();
  await expect(exported.locator("td").last()).toHaveText(/^(127\.0\.0\.1|::1)$/);
});

test("rotating X-Forwarded-For does not get round the per-address sign-in limit", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  try {
    let refusedAt = 0;
    // 20 failures per address are allowed in 15 minutes (fewer if other tests failed some already).
    for (let i = 1; i <= 21 && !refusedAt; i++) {
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i}` });
      await signIn(page, `ghost-${i}@example.test`, "not a password at all");
      const error = page.getByTestId("sign-in-error");
      await expect(error).toHaveText(/Wrong email or password|Too many failed sign-in attempts/);
      if ((await error.textContent())!.startsWith("Too many")) refusedAt = i;
    }
    expect(refusedAt).toBeGreaterThan(0);
    expect(refusedAt).toBeLessThanOrEqual(21);
  } finally {
    forgetSignInAttempts("ghost-%@example.test");
    await context.close();
  }
});

test("bodies: 401 before reading for strangers, 413 with a clear message over the limits, and 12 MB uploads reach the use case", async ({ page, browser }) => {
  await openDemoDocument(page);
  const segmentId = (await row(page, 1).getAttribute("data-segment-id"))!;
  const projectUrl = page.url().replace(/\/documents\/.*$/, "");

  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const anonymous = await stranger.request.patch(`/api/segments/${segmentId}`, {
    data: Buffer.alloc(50 * 1048576, 0x20),
    headers: { "content-type": "application/json" },
  });
  expect(anonymous.status()).toBe(401);
  await stranger.close();

  const tooBig = await page.request.patch(`/api/segments/${segmentId}`, {
    data: Buffer.alloc(2 * 1048576, 0x20),
    headers: { "content-type": "application/json" },
  });
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.json()).toMatchObject({ code: "TOO_LARGE", message: "The request body is over the 1 MB limit." });

  // A server action body over the request limit is refused by its declared length.
  const action = await page.request.post("/en", {
    headers: { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8" },
    data: Buffer.alloc(22 * 1048576, 0x20),
  });
  expect(action.status()).toBe(413);
  expect(await action.text()).toBe("The request is 22 MB; the limit is 21 MB.\n");

  // A 12 MB upload, under the 20 MB glossary limit, reaches the use case whole (it used to be cut at
  // 10 MB on the way and fail with an opaque error): its refusal is the use case's own message.
  await page.goto(`${projectUrl}/glossary`);
  await page.getByLabel("TBX or CSV file").setInputFiles({ name: "big.dat", mimeType: "application/octet-stream", buffer: Buffer.alloc(12 * 1048576, "a") });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.locator("p.form-error[role=alert]")).toContainText('"big.dat" is neither TBX nor CSV', { timeout: 30_000 });
});
