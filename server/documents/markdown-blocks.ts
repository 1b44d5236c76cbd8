import type { RootContent } from "mdast";
import { DomainError } from "@/core/errors";
import { markdownNodeBlocks } from "@/core/import/parse-markdown";
import type { ParsedBlock } from "@/core/model/document";
import { parseInWorker } from "./parse-in-worker";

const failures = {
  unreadable: () => new DomainError("INVALID_INPUT", "This Markdown file cannot be read."),
  tooBig: () =>
    new DomainError("TOO_LARGE", "This Markdown file is too large or too complex to read; split it into several files.", { reason: "MARKDOWN_TOO_COMPLEX" }),
};

/**
 * The blocks of a Markdown body (front matter already removed), as parseMarkdownBlocks reads them,
 * but parsed in a worker thread (parse-in-worker.ts) and turned into blocks a batch of nodes at a
 * time: mdast parses 5 MB of short paragraphs in 21 s, all of it synchronous.
 */
export async function markdownBlocks(markdown: string): Promise<ParsedBlock[]> {
  const blocks: ParsedBlock[] = [];
  await parseInWorker("markdown-tree.worker.mjs", { markdown }, (nodes) => blocks.push(...markdownNodeBlocks(nodes as RootContent[])), failures);
  return blocks;
}
