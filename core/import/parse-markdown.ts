/**
 * Markdown to blocks, through mdast (a CommonMark parser) rather than regular expressions, so
 * emphasis, links, escapes and nesting are read the way renderers read them.
 */

import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes, RootContent } from "mdast";
import type { ParsedBlock } from "../model/document";
import { collapseWhitespace } from "./whitespace";

/** Turns a Markdown body (front matter already removed) into heading and paragraph blocks of plain text. */
export function parseMarkdownBlocks(markdown: string): ParsedBlock[] {
  return markdownNodeBlocks(fromMarkdown(markdown).children);
}

/** The blocks of top-level mdast nodes (the server parses Markdown in a worker and reads its nodes a batch at a time). */
export function markdownNodeBlocks(nodes: RootContent[]): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  collect(nodes, blocks);
  return blocks;
}

function collect(nodes: RootContent[], out: ParsedBlock[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        push(out, { kind: "heading", level: node.depth, text: plainText(node) });
        break;
      case "paragraph":
        push(out, { kind: "paragraph", text: plainText(node) });
        break;
      // Containers: each paragraph inside a list item or a quotation is a paragraph of its own.
      case "list":
      case "listItem":
      case "blockquote":
        collect(node.children, out);
        break;
      // Dropped on purpose: raw HTML (never carried into the workbench, so never rendered) and
      // code blocks, which are not prose — segmenting and translating them would corrupt them.
      default:
        break;
    }
  }
}

function push(out: ParsedBlock[], block: ParsedBlock): void {
  if (block.text !== "") out.push(block);
}

/** The visible text of inline content: markup stripped, inline HTML and images dropped, breaks as spaces. */
function plainText(node: Nodes): string {
  return collapseWhitespace(inlineText(node));
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return " ";
    case "html":
    case "image":
    case "imageReference":
      return "";
    default:
      return "children" in node ? node.children.map(inlineText).join("") : "";
  }
}
