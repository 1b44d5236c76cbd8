/**
 * Target-language exports: the English text only, as Markdown or plain text. Segments not yet
 * translated are left out rather than filled with French.
 */

import type { BilingualBlock, BilingualDocument } from "../model/document";
import { escapeMarkdown } from "./escape";

/** The document's translation as Markdown: `#`-headings by level (2 by default), paragraphs, escaped text. */
export function exportTargetMarkdown(doc: BilingualDocument): string {
  return render(doc, (block, text) => {
    const escaped = escapeMarkdown(text);
    return block.kind === "heading" ? `${"#".repeat(clampLevel(block.level))} ${escaped}` : escaped;
  });
}

/** The document's translation as plain text: one line per heading or paragraph, blank lines between. */
export function exportTargetText(doc: BilingualDocument): string {
  return render(doc, (_block, text) => text);
}

/** The block's translated segments joined by single spaces, or "" when none is translated. */
export function blockTargetText(block: BilingualBlock): string {
  return block.segments
    .map((segment) => segment.target.replace(/\s*\n\s*/gu, " ").trim())
    .filter((target) => target !== "")
    .join(" ");
}

function render(doc: BilingualDocument, format: (block: BilingualBlock, text: string) => string): string {
  const parts: string[] = [];
  for (const block of doc.blocks) {
    const text = blockTargetText(block);
    if (text !== "") parts.push(format(block, text));
  }
  return parts.length === 0 ? "" : `${parts.join("\n\n")}\n`;
}

function clampLevel(level: number | undefined): number {
  return Math.min(6, Math.max(1, level ?? 2));
}
