import fs from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";
import { decodeText } from "@/core/import/decode-text";
import { parseTextDocument } from "@/core/import/parse-text-document";
import { segmentSentences } from "@/core/segmentation/segment-sentences";
import { DEMO_FILE, DEMO_PROJECT_NAME, DEMO_TITLE } from "@/prisma/seed/demo-project";

export { DEMO_PROJECT_NAME, DEMO_TITLE };

/** Segments the demo should have, computed by the core from the shipped file (not hard-coded). */
export function expectedDemoSegmentCount(): number {
  const parsed = parseTextDocument(decodeText(new Uint8Array(fs.readFileSync(DEMO_FILE))).text, { format: "txt" });
  return parsed.blocks.reduce((n, block) => n + (block.kind === "heading" ? 1 : segmentSentences(block.text, "fr").length), 0);
}

/** Opens the demo article from the project list, as a user would. */
export async function openDemoDocument(page: Page, lng = "en") {
  await page.goto(`/${lng}`);
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(page.getByTestId("document-title")).toHaveText(DEMO_TITLE);
  await expect(page.getByTestId("segment-row").first()).toBeVisible();
}

/** Waits until the autosave indicator says everything is on the server. */
export async function expectAllSaved(page: Page) {
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-pending", "0");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-phase", /^(saved|idle)$/);
}

/** The grid row of segment n (1-based), scrolled into view by the virtual list. */
export function row(page: Page, n: number) {
  return page.locator(`[data-row-number="${n}"] [data-testid=segment-row]`);
}

/**
 * Imports a long French text into the demo project through the paste box and waits for the import
 * to start: the text is set as a paste sets it (the native setter, then an input event), since
 * typing tens of thousands of lines through the keyboard would take minutes.
 */
export async function startLongPaste(page: Page, title: string, text: string) {
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("…or paste the text").evaluate((element, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByRole("button", { name: "Import" }).click();
}

/** Imports pasted French text into the demo project through the UI and opens it. */
export async function importPasted(page: Page, title: string, text: string) {
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("…or paste the text").fill(text);
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText(title);
  return page.url();
}

/** The grid row whose source contains `text`, scrolling the virtual list until it is rendered. */
export async function revealRow(page: Page, text: string): Promise<Locator> {
  const grid = page.getByTestId("segment-grid");
  for (let i = 0; i < 60; i++) {
    const found = page.getByTestId("segment-row").filter({ has: page.getByTestId("source-editor").filter({ hasText: text }) });
    if ((await found.count()) > 0) {
      await found.first().scrollIntoViewIfNeeded();
      return found.first();
    }
    await grid.evaluate((element) => element.scrollBy(0, 250));
    await page.waitForTimeout(40);
  }
  throw new Error(`No row with « ${text} »`);
}

/** Selects `text` inside a row's source editor the way a mouse drag would (a DOM selection). */
export async function selectInSource(row: Locator, text: string) {
  const editor = row.getByTestId("source-editor");
  await editor.click();
  await editor.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let all = "";
    const nodes: { node: Text; start: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: all.length });
      all += node.textContent;
    }
    const at = all.indexOf(wanted);
    const locate = (offset: number) => {
      const hit = nodes.findLast((n) => n.start <= offset)!;
      return [hit.node, offset - hit.start] as const;
    };
    const [startNode, startOffset] = locate(at);
    const [endNode, endOffset] = locate(at + wanted.length);
    window.getSelection()!.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
  }, text);
}

/** Opens segment n's editor, replaces its English with `text` and confirms it (Ctrl+Enter). */
export async function retranslate(page: Page, n: number, text: string) {
  await row(page, n).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("Control+a");
  await page.keyboard.type(text);
  await confirmOpenSegment(page, n);
  await expectAllSaved(page);
}

/**
 * Ctrl+Enter on segment n's open editor. When the QA check of the text has answered with errors by
 * then, confirming asks once ("… QA errors. Confirm anyway?"): the second Ctrl+Enter goes through.
 */
export async function confirmOpenSegment(page: Page, n: number) {
  await page.keyboard.press("Control+Enter");
  const asked = page.getByTestId("qa-confirm-prompt");
  await expect(asked.or(page.locator(`[data-row-number="${n}"] [data-testid=segment-row]:not([data-status=new]):not([data-status=draft])`))).toBeVisible();
  if (await asked.isVisible()) await page.keyboard.press("Control+Enter");
}

/** Pastes an existing English translation into the document's import form and aligns it. */
export async function alignPastedEnglish(page: Page, english: string) {
  // The import forms wait behind the document bar's "Import" button.
  await page.getByTestId("imports-menu").locator("summary").first().click();
  await page.getByText("Import an existing English translation and align it").click();
  await page.getByLabel("…or paste the English text").fill(english);
  await page.getByRole("button", { name: "Align with the French" }).click();
}

/** Creates a project through the UI and imports the demo article's text into it under `title` (other specs keep the demo untouched). */
export async function importDemoIntoNewProject(page: Page, projectName: string, title: string) {
  await page.goto("/en");
  await page.getByLabel("Project name").fill(projectName);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name: projectName })).toBeVisible();
  await page.getByLabel("…or paste the text").fill(decodeText(new Uint8Array(fs.readFileSync(DEMO_FILE))).text);
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText(title);
  await expect(page.getByTestId("segment-row").first()).toBeVisible();
}
