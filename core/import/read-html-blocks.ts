/**
 * Reads an HTML document (a web page, or what mammoth makes of a DOCX) into plain-text blocks:
 * headings keep their level; paragraphs, list items, quotes and table cells become paragraphs.
 * Scripts, styles and other non-content elements are dropped; no markup survives.
 */
import { Parser } from "htmlparser2";
import type { ParsedBlock } from "../model/document";
import { runAtOnce, type Steps } from "../work/slices";
import { collapseWhitespace } from "./whitespace";

const BLOCKS = new Set([
  "p",
  "div",
  "li",
  "blockquote",
  "td",
  "th",
  "dd",
  "dt",
  "figcaption",
  "pre",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "tr",
  "ul",
  "ol",
  "table",
  "body",
]);
const SKIPPED = new Set(["script", "style", "template", "noscript", "head", "title", "svg", "math", "iframe", "object", "select", "button", "nav"]);
const BREAKS = new Set(["br", "hr"]);

/** How much HTML the parser reads between two safe points (a few milliseconds of work). */
const CHUNK = 64 * 1024;

/** Plain-text blocks of an HTML string, in document order. */
export function readHtmlBlocks(html: string): ParsedBlock[] {
  return runAtOnce(readHtmlBlockSteps(html));
}

/** The same, yielding between chunks of the HTML (the parser is incremental), to run in slices. */
export function* readHtmlBlockSteps(html: string): Steps<ParsedBlock[]> {
  const blocks: ParsedBlock[] = [];
  let text = "";
  let heading: number | undefined;
  let skipDepth = 0;

  const flush = () => {
    const clean = collapseWhitespace(text);
    if (clean) blocks.push(heading ? { kind: "heading", level: heading, text: clean } : { kind: "paragraph", text: clean });
    text = "";
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        const level = /^h([1-6])$/.exec(name)?.[1];
        if (level) {
          flush();
          heading = Number(level);
        } else if (BLOCKS.has(name)) flush();
        else if (BREAKS.has(name)) text += " ";
      },
      ontext(chunk) {
        if (skipDepth === 0) text += chunk;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (/^h[1-6]$/.test(name)) {
          flush();
          heading = undefined;
        } else if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  for (let at = 0; at < html.length; at += CHUNK) {
    parser.write(html.slice(at, at + CHUNK));
    yield;
  }
  parser.end();
  flush();
  return blocks;
}
