import { expect, test } from "@playwright/test";

test("pages carry a nonce-based Content-Security-Policy and the other security headers", async ({ page }) => {
  const response = await page.goto("/en");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  // Next's own inline scripts carry the nonce, so the app runs under the policy.
  const nonce = csp.match(/'nonce-([^']+)'/)![1];
  const inline = await page.locator("script:not([src])").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(inline.length).toBeGreaterThan(0);
  expect(inline.every((n) => n === nonce)).toBe(true);
  // The nonce changes on every response.
  const again = (await page.request.get("/en")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
});

test("API routes answer 401 without a session", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await context.request.get("/api/documents/anything/export?format=md");
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ code: "UNAUTHENTICATED" });
  await context.close();
});
