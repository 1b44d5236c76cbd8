import { expect, test } from "@playwright/test";
import { OWNER_STATE } from "./accounts";
import { storedSegment } from "./e2e-db";
import { importPasted, row } from "./helpers";
import { OwnServer } from "./own-server";

// The app under test listens on E2E_PORT; this test stops and restarts a server of its own next to it.
const OWN_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;

test("edits typed while the server is down are kept in the browser and saved once it is back", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // The document comes from the main server; the same database serves it on the other port.
  const path = new URL(await importPasted(page, "Hors ligne", "Première phrase. Deuxième phrase. Troisième phrase.")).pathname;
  const server = new OwnServer(OWN_PORT);
  const context = await browser.newContext({ storageState: OWNER_STATE });
  try {
    await server.start();
    const tab = await context.newPage();
    // Closing or reloading with unsent edits asks first; the user confirms.
    tab.on("dialog", (dialog) => void dialog.accept());
    await tab.goto(server.origin + path);
    await row(tab, 2).getByTestId("segment-target").click();
    await expect(tab.getByTestId("target-editor")).toBeFocused();
    const segmentId = (await row(tab, 2).getAttribute("data-segment-id"))!;
    await tab.keyboard.type("Second sentence, ");
    await expect(tab.getByTestId("save-state")).toHaveAttribute("data-phase", "saved");
    expect(storedSegment(segmentId).targetText).toBe("Second sentence, ");

    // The server goes away in the middle of typing.
    const typing = tab.keyboard.type("typed while the server died ", { delay: 60 });
    await tab.waitForTimeout(400);
    await server.stop();
    await typing;
    await tab.keyboard.type("and more after that.");
    await expect(tab.getByTestId("save-state")).toHaveAttribute("data-phase", "offline", { timeout: 15_000 });
    await expect(tab.getByTestId("save-state")).toContainText("kept in this browser");
    expect(storedSegment(segmentId).targetText).not.toContain("and more after that.");

    // The page cannot be reloaded while the server is down; the user gives up and closes the tab.
    // (Closing it also stops Chromium's error page from reloading itself when the server is back.)
    await expect(tab.reload()).rejects.toThrow();
    await tab.close();

    // Back up: opening the document again, in a new tab, brings the words back and saves them.
    await server.start();
    const again = await context.newPage();
    await again.goto(server.origin + path);
    const full = "Second sentence, typed while the server died and more after that.";
    await expect(row(again, 2).getByTestId("segment-target")).toHaveText(full);
    await expect(again.getByTestId("save-state")).toHaveAttribute("data-phase", "saved");
    expect(storedSegment(segmentId).targetText).toBe(full);

    // Nothing is left to restore: a further load is clean and sends nothing.
    await again.reload();
    await expect(row(again, 2).getByTestId("segment-target")).toHaveText(full);
    await expect(again.getByTestId("save-state")).toHaveAttribute("data-phase", "idle");
  } finally {
    await context.close();
    await server.stop();
  }
});
