import { expect, test, type Browser } from "@playwright/test";
import { OWNER, signIn } from "./accounts";
import { E2E_ENGINE } from "./e2e-database.mjs";
import { forgetSignInAttempts, storedSegment } from "./e2e-db";
import { expectAllSaved, importPasted, row } from "./helpers";
import { OwnServer } from "./own-server";

// README "Deploying for a team", followed: one database (PostgreSQL in `npm test`'s second pass,
// migrated by serve.mjs with `prisma migrate deploy` = `npm run db:deploy`), the same build started
// twice with `next start` on two ports and the same secret, people signing in through each. Nothing
// a user needs lives in one server's memory: sessions, conflicts and sign-in throttling are shared.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const servers = [new OwnServer(BASE_PORT + 2), new OwnServer(BASE_PORT + 3)];

async function signedInOn(browser: Browser, server: OwnServer) {
  const context = await browser.newContext({ baseURL: server.origin, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, OWNER.email, OWNER.password);
  await expect(page.getByTestId("current-user")).toHaveText(OWNER.name);
  return { context, page };
}

test.describe(`two app servers on one ${E2E_ENGINE} database`, () => {
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await Promise.all(servers.map((server) => server.start()));
  });
  test.afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  test("people sign in through either server and edit through both: each sees the other's words (live on PostgreSQL), and a stale save is a conflict", async ({
    browser,
    page,
  }) => {
    test.setTimeout(180_000);
    const documentPath = new URL(await importPasted(page, "Deux serveurs", "Première phrase. Deuxième phrase. Troisième phrase.")).pathname;
    const a = await signedInOn(browser, servers[0]);
    const b = await signedInOn(browser, servers[1]);
    try {
      await a.page.goto(documentPath);
      await b.page.goto(documentPath);
      const first = (await row(a.page, 1).getAttribute("data-segment-id"))!;
      const { version: staleVersion } = storedSegment(first);

      await row(a.page, 1).getByTestId("segment-target").click();
      await a.page.keyboard.type("Saved through the first server.");
      await a.page.keyboard.press("Control+Enter");
      await expectAllSaved(a.page);
      await row(b.page, 2).getByTestId("segment-target").click();
      await b.page.keyboard.type("Saved through the second server.");
      await b.page.keyboard.press("Control+Enter");
      await expectAllSaved(b.page);

      // On PostgreSQL the servers tell each other (LISTEN/NOTIFY): each page shows the other's save
      // without reloading. (SQLite's live updates stay within one server, which is what it is for.)
      if (E2E_ENGINE === "postgres") {
        await expect(row(b.page, 1)).toContainText("Saved through the first server.");
        await expect(row(a.page, 2)).toContainText("Saved through the second server.");
      }
      await a.page.reload();
      await expect(row(a.page, 2)).toContainText("Saved through the second server.");
      await b.page.reload();
      await expect(row(b.page, 1)).toContainText("Saved through the first server.");

      // A client that still holds the version from before the first server's save sends it to the
      // second: refused as a conflict, and the saved words stay.
      const stale = await b.page.request.patch(`/api/segments/${first}`, { data: { baseVersion: staleVersion, targetText: "Overwrite from a stale copy." } });
      expect(stale.status()).toBe(409);
      expect((await stale.json()).code).toBe("CONFLICT");
      expect(storedSegment(first).targetText).toBe("Saved through the first server.");
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });

  test("failed sign-ins counted by one server lock the account on the other", async ({ browser }) => {
    const email = "twin-servers-ghost@example.test";
    const contexts = await Promise.all(servers.map((server) => browser.newContext({ baseURL: server.origin, storageState: { cookies: [], origins: [] } })));
    try {
      const pages = await Promise.all(contexts.map((context) => context.newPage()));
      // Five failures per account in 15 minutes: three through the first server, two through the second.
      for (const i of [0, 0, 0, 1, 1]) {
        await signIn(pages[i], email, "not the password");
        await expect(pages[i].getByTestId("sign-in-error")).toHaveText(/Wrong email or password/);
      }
      // The sixth, through either, is refused before any password is checked.
      for (const p of pages) {
        await signIn(p, email, "not the password");
        await expect(p.getByTestId("sign-in-error")).toHaveText(/Too many failed sign-in attempts/);
      }
    } finally {
      forgetSignInAttempts(email);
      await Promise.all(contexts.map((context) => context.close()));
    }
  });
});
