import { defineConfig } from "@playwright/test";
import { OWNER_STATE } from "./tests/e2e/accounts";
import { CHROMIUM_LAUNCH } from "./tests/e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  projects: [
    // The first account is created through the UI on the fresh database; its session is reused.
    { name: "first-account", testMatch: /first-account\.setup\.ts/ },
    { name: "app", dependencies: ["first-account"], use: { storageState: OWNER_STATE } },
  ],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    // A fresh database with the demo article, then the production build.
    command: `node tests/e2e/serve.mjs ${PORT}`,
    url: `http://localhost:${PORT}/en`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
