import { expect, test } from "@playwright/test";

// What a load balancer sees of the built app: no session, a fresh answer every time.
test("GET /api/health answers 200 ok without a session, uncached", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const response = await anonymous.get("/api/health", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
  await anonymous.dispose();
});
