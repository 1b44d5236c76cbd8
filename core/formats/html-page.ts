/** The page shell shared by the HTML exports: a self-contained, script-free HTML5 document around one table. */
import { escapeHtml } from "./escape";

export interface HtmlTablePage {
  lang: string;
  title: string;
  stylesheet: string;
  /** Lines between the heading and the table (already HTML). */
  intro: string[];
  colgroup: string;
  /** The header row's cells (already HTML). */
  head: string;
}

/** Everything up to the table's body, ending with a line break: rows (one line each) follow. */
export function htmlTablePageStart(page: HtmlTablePage): string {
  const title = escapeHtml(page.title);
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(page.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    // A saved export is opened from disk: forbid scripts and remote loads even if something slipped through.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${page.stylesheet}\n</style>`,
    "</head>",
    "<body>",
    `<h1>${title}</h1>`,
    ...page.intro,
    "<table>",
    page.colgroup,
    `<thead><tr>${page.head}</tr></thead>`,
    "<tbody>",
    "",
  ].join("\n");
}

/** The end of the page after the last row. */
export function htmlTablePageEnd(): string {
  return ["</tbody>", "</table>", "</body>", "</html>", ""].join("\n");
}
