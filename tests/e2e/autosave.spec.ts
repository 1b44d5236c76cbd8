import { expect, test } from "@playwright/test";
import { savedTexts, storedSegment } from "./e2e-db";
import { importPasted, row } from "./helpers";

// 120 characters: typed without a pause, it takes longer than the queue waits during typing.
const TYPED = "The indicator must never claim that this sentence is saved while its last words are still only on the screen of the user.";

test("while the user types, the indicator never says saved unless the server has the text on screen", async ({ page }) => {
  await importPasted(page, "Saisie continue", "Une phrase à traduire. Une autre phrase.");
  await row(page, 1).getByTestId("segment-target").click();
  const editor = page.getByTestId("target-editor");
  await expect(editor).toBeFocused();
  const segmentId = (await row(page, 1).getAttribute("data-segment-id"))!;

  // Every frame painted after a change of the indicator or of the text: what the user sees.
  await page.evaluate(() => {
    const seen: { phase: string; text: string }[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    const indicator = document.querySelector("[data-testid=save-state]")!;
    const text = document.querySelector("[data-testid=target-editor]")!;
    let frame = 0;
    const record = () => {
      frame = 0;
      seen.push({ phase: indicator.getAttribute("data-phase")!, text: text.textContent ?? "" });
    };
    const note = () => (frame ||= requestAnimationFrame(record));
    new MutationObserver(note).observe(indicator, { attributes: true, attributeFilter: ["data-phase"] });
    new MutationObserver(note).observe(text, { characterData: true, childList: true, subtree: true });
  });

  await page.keyboard.type(TYPED, { delay: 40 });
  const seen = await page.evaluate(() => (window as unknown as { seen: { phase: string; text: string }[] }).seen);
  const storedWhenTypingStopped = storedSegment(segmentId).targetText;

  await expect(page.getByTestId("save-state")).toHaveAttribute("data-phase", "saved");
  expect(storedSegment(segmentId).targetText).toBe(TYPED);
  // Each time it said saved, the text on screen was one the server had saved (revisions keep them all).
  const onServer = new Set(["", ...savedTexts(segmentId)]);
  const untrue = seen.filter((s) => (s.phase === "saved" || s.phase === "idle") && !onServer.has(s.text));
  expect(
    untrue.map((s) => `${s.phase}: "${s.text}"`),
    "moments the indicator said saved while the text on screen was not on the server",
  ).toEqual([]);
  // It was not silent either: it said the text was not saved yet.
  expect(seen.filter((s) => s.text.length > 0).map((s) => s.phase)).toContain("unsaved");
  // Typing without a pause still sends: part of it was on the server before the user stopped.
  expect(storedWhenTypingStopped.length).toBeGreaterThan(0);

  // What the database has is what a reload shows.
  await page.reload();
  await expect(row(page, 1).getByTestId("segment-target")).toHaveText(TYPED);
});
