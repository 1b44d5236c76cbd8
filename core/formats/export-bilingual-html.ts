/**
 * A bilingual review copy: one standalone HTML page (no scripts, no external resources) with the
 * source and its translation side by side, segment by segment, and each segment's status.
 */

import type { BilingualDocument, BilingualSegment, SegmentStatus } from "../model/document";
import { writeAll, type BlockInfo, type DocumentWriter } from "./document-writer";
import { escapeHtml } from "./escape";
import { htmlTablePageEnd, htmlTablePageStart } from "./html-page";

export interface BilingualHtmlLabels {
  /** Language of the page's own words (these labels); defaults to "en". */
  lang?: string;
  source?: string;
  target?: string;
  status?: string;
  date?: string;
  statuses?: Partial<Record<SegmentStatus, string>>;
}

const DEFAULT_LABELS = {
  lang: "en",
  source: "Source",
  target: "Translation",
  status: "Status",
  date: "Date",
  statuses: { new: "New", draft: "Draft", translated: "Translated", reviewed: "Reviewed", approved: "Approved", rejected: "Rejected" },
} satisfies Required<BilingualHtmlLabels>;

// Print-friendly and readable on screen; statuses get a colour and also their name, never colour alone.
const STYLESHEET = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.meta { color: #555; margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-bottom: 1px solid #ddd; padding: .5rem .75rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { border-bottom: 2px solid #999; }
col.status { width: 8rem; }
tr.block-start td { border-top: 2px solid #bbb; }
tr.heading td { font-weight: 700; font-size: 1.1rem; }
td.empty { background: #fafafa; }
.status span { font-size: .8rem; padding: .1rem .4rem; border-radius: .25rem; background: #eee; }
.status-approved span, .status-reviewed span { background: #d7f0dc; }
.status-translated span { background: #dde9f7; }
.status-rejected span { background: #f7dada; }
`.trim();

/** The bilingual page as a stream: one table row per segment, a block's first row marked. */
export function bilingualHtmlWriter(doc: Omit<BilingualDocument, "blocks">, labels: BilingualHtmlLabels = {}): DocumentWriter<BilingualSegment> {
  const l = { ...DEFAULT_LABELS, ...labels, statuses: { ...DEFAULT_LABELS.statuses, ...labels.statuses } };
  const languages = `${escapeHtml(doc.sourceLanguage)} → ${escapeHtml(doc.targetLanguage)}`;
  const meta = doc.date ? `${escapeHtml(l.date)} ${escapeHtml(doc.date)} · ${languages}` : languages;
  const sourceLang = escapeHtml(doc.sourceLanguage);
  const targetLang = escapeHtml(doc.targetLanguage);
  let block: BlockInfo = { kind: "paragraph" };
  let index = 0;
  return {
    start: () =>
      htmlTablePageStart({
        lang: l.lang,
        title: doc.title,
        stylesheet: STYLESHEET,
        intro: [`<p class="meta">${meta}</p>`],
        colgroup: '<colgroup><col><col><col class="status"></colgroup>',
        head: `<th scope="col">${escapeHtml(l.source)}</th><th scope="col">${escapeHtml(l.target)}</th><th scope="col">${escapeHtml(l.status)}</th>`,
      }),
    openBlock: (next) => {
      block = next;
      index = 0;
      return "";
    },
    segment: (segment) => {
      const classes = [block.kind === "heading" ? `heading level-${block.level ?? 2}` : "paragraph"];
      if (index++ === 0) classes.push("block-start");
      const target = segment.target.trim();
      const status = escapeHtml(segment.status);
      return (
        `<tr class="${classes.join(" ")}">` +
        `<td lang="${sourceLang}">${escapeHtml(segment.source)}</td>` +
        `<td lang="${targetLang}"${target === "" ? ' class="empty"' : ""}>${escapeHtml(target)}</td>` +
        `<td class="status status-${status}"><span>${escapeHtml(l.statuses[segment.status] ?? segment.status)}</span></td>` +
        "</tr>\n"
      );
    },
    closeBlock: () => "",
    end: htmlTablePageEnd,
  };
}

/** Renders the document as a complete HTML5 page; all document text is HTML-escaped. */
export function exportBilingualHtml(doc: BilingualDocument, labels: BilingualHtmlLabels = {}): string {
  return writeAll(bilingualHtmlWriter(doc, labels), doc.blocks);
}
