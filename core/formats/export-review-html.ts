/**
 * A review copy for reviewers working outside the app: one standalone, printable HTML page (no
 * scripts, no external resources) with a table of numbered segments — French, English, status, and
 * the notes and comment threads on each segment. Headings are full-width rows. The same model and labels feed
 * the Word version (server/documents/export-docx.ts).
 */

import type { BilingualBlock, BilingualDocument, BilingualSegment, SegmentStatus } from "../model/document";
import { writeAll, type BlockInfo, type DocumentWriter } from "./document-writer";
import { escapeHtml } from "./escape";
import { htmlTablePageEnd, htmlTablePageStart } from "./html-page";

/** A note on a segment: its author's display name ("" when unknown) and its plain-text body. */
export interface ReviewNote {
  author: string;
  text: string;
}

/** A comment: its author's name ("" when unknown), when it was written (ISO), its plain-text body. */
export interface ReviewComment {
  author: string;
  createdAt: string;
  text: string;
}

/** A comment thread: its first comment, the words of the English it is about, its replies. */
export interface ReviewThread extends ReviewComment {
  quote?: string;
  resolved: boolean;
  /** Oldest first. */
  replies: ReviewComment[];
}

export interface ReviewSegment extends BilingualSegment {
  notes: ReviewNote[];
  /** Shown after the notes. */
  threads?: ReviewThread[];
}

export interface ReviewBlock extends Omit<BilingualBlock, "segments"> {
  segments: ReviewSegment[];
}

/** What a review copy says about its document, before the blocks. */
export interface ReviewMeta extends Omit<BilingualDocument, "blocks"> {
  /** When the copy was made; shown at the top. */
  exportedAt: Date;
}

export interface ReviewDocument extends ReviewMeta {
  blocks: ReviewBlock[];
}

export interface ReviewLabels {
  /** Language of the page's own words (these labels). */
  lang: string;
  number: string;
  source: string;
  target: string;
  status: string;
  comments: string;
  date: string;
  exported: string;
  unknownAuthor: string;
  /** Marks a resolved thread. */
  resolved: string;
  statuses: Record<SegmentStatus, string>;
}

/** Labels to override; statuses not given keep their English names. */
export type ReviewLabelOverrides = Partial<Omit<ReviewLabels, "statuses">> & { statuses?: Partial<Record<SegmentStatus, string>> };

export const DEFAULT_REVIEW_LABELS: ReviewLabels = {
  lang: "en",
  number: "#",
  source: "French",
  target: "English",
  status: "Status",
  comments: "Comments",
  date: "Date",
  exported: "Exported",
  unknownAuthor: "Unknown author",
  resolved: "Resolved",
  statuses: { new: "New", draft: "Draft", translated: "Translated", reviewed: "Reviewed", approved: "Approved", rejected: "Rejected" },
};

/** Label colours (background, text) per status, as hex without "#"; shared with the Word version. */
export const REVIEW_STATUS_COLOURS: Record<SegmentStatus, { fill: string; text: string }> = {
  new: { fill: "EEEEEE", text: "333333" },
  draft: { fill: "FFF1C2", text: "5C4400" },
  translated: { fill: "DDE9F7", text: "153E6E" },
  reviewed: { fill: "D7F0DC", text: "1D5A2A" },
  approved: { fill: "B9E4C2", text: "123D1C" },
  rejected: { fill: "F7DADA", text: "7A1616" },
};

export function mergeReviewLabels(labels: ReviewLabelOverrides = {}): ReviewLabels {
  return { ...DEFAULT_REVIEW_LABELS, ...labels, statuses: { ...DEFAULT_REVIEW_LABELS.statuses, ...labels.statuses } };
}

/** "2026-03-01 14:05 UTC": the export time, independent of the server's time zone. */
export function formatExportTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A comment's time as the export time is shown; a value that is not a date is shown as it is. */
export function formatCommentTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatExportTime(date);
}

/** The lines at the top of a review copy: date and languages, then the export time. */
export function reviewMeta(doc: ReviewMeta, l: ReviewLabels): string[] {
  const languages = `${doc.sourceLanguage} → ${doc.targetLanguage}`;
  return [doc.date ? `${l.date} ${doc.date} · ${languages}` : languages, `${l.exported} ${formatExportTime(doc.exportedAt)}`];
}

/** Every segment with its number in document order (1-based, headings included, as in the grid). */
export function numberedSegments(doc: ReviewDocument): { block: ReviewBlock; segment: ReviewSegment; n: number }[] {
  let n = 0;
  return doc.blocks.flatMap((block) => block.segments.map((segment) => ({ block, segment, n: ++n })));
}

const statusColourRules = (Object.keys(REVIEW_STATUS_COLOURS) as SegmentStatus[])
  .map((status) => `.status-${status} { background: #${REVIEW_STATUS_COLOURS[status].fill}; color: #${REVIEW_STATUS_COLOURS[status].text}; }`)
  .join("\n");

// Readable on screen, printable in landscape; a status is its colour and its name, never colour alone.
const STYLESHEET = `
@page { size: A4 landscape; margin: 1.2cm; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 90rem; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
.meta { color: #555; margin: 0; }
.meta:last-of-type { margin-bottom: 1.25rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #ccc; padding: .4rem .6rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #f2f2f2; border-bottom: 2px solid #999; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
col.n { width: 3rem; }
col.status { width: 7.5rem; }
col.comments { width: 22%; }
td.n { color: #555; font-variant-numeric: tabular-nums; }
td.empty { background: #fafafa; }
tr.heading td { background: #f7f7f7; border-top: 2px solid #999; }
.heading-text { font-weight: 700; font-size: 1.1rem; margin-right: .75rem; }
.heading-text + .heading-text::before { content: "→ "; color: #777; font-weight: 400; }
.heading .notes { margin-top: .4rem; }
.status { display: inline-block; font-size: .8rem; padding: .05rem .45rem; border-radius: .25rem; border: 1px solid rgba(0, 0, 0, .25); white-space: nowrap; }
${statusColourRules}
.note + .note, .notes > * + .thread { margin-top: .5rem; }
.note-author { font-weight: 600; font-size: .85rem; }
.note-text { white-space: pre-wrap; }
.thread { border-left: 3px solid #7a9cc6; padding-left: .45rem; }
.thread.resolved { border-left-color: #bbb; color: #555; }
.reply { margin-left: .9rem; }
.comment-date { font-weight: 400; color: #666; }
.comment-resolved { font-weight: 600; font-size: .75rem; padding: 0 .3rem; border: 1px solid #999; border-radius: .2rem; }
.comment-quote { font-style: italic; color: #555; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();

/** The review copy as a stream: one numbered row per segment (headings as full-width rows). */
export function reviewHtmlWriter(doc: ReviewMeta, labels: ReviewLabelOverrides = {}): DocumentWriter<ReviewSegment> {
  const l = mergeReviewLabels(labels);
  let block: BlockInfo = { kind: "paragraph" };
  let n = 0;
  return {
    start: () =>
      htmlTablePageStart({
        lang: l.lang,
        title: doc.title,
        stylesheet: STYLESHEET,
        intro: reviewMeta(doc, l).map((line) => `<p class="meta">${escapeHtml(line)}</p>`),
        colgroup: '<colgroup><col class="n"><col class="source"><col class="target"><col class="status"><col class="comments"></colgroup>',
        head: [l.number, l.source, l.target, l.status, l.comments].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join(""),
      }),
    openBlock: (next) => {
      block = next;
      return "";
    },
    segment: (segment) => `${renderRow(block, segment, ++n, doc, l)}\n`,
    closeBlock: () => "",
    end: htmlTablePageEnd,
  };
}

/** Renders the review copy as a complete HTML5 page; all document text, notes and comments are HTML-escaped. */
export function exportReviewHtml(doc: ReviewDocument, labels: ReviewLabelOverrides = {}): string {
  return writeAll(reviewHtmlWriter(doc, labels), doc.blocks);
}

function renderRow(block: BlockInfo, segment: ReviewSegment, n: number, doc: ReviewMeta, l: ReviewLabels): string {
  const sourceLang = escapeHtml(doc.sourceLanguage);
  const targetLang = escapeHtml(doc.targetLanguage);
  const target = segment.target.trim();
  const status = `<span class="status status-${escapeHtml(segment.status)}">${escapeHtml(l.statuses[segment.status] ?? segment.status)}</span>`;
  const items = [...segment.notes.map((note) => renderNote(note, l)), ...(segment.threads ?? []).map((thread) => renderThread(thread, l))];
  const notes = items.length === 0 ? "" : `<div class="notes">${items.join("")}</div>`;
  if (block.kind === "heading") {
    const level = Math.min(6, Math.max(1, block.level ?? 2));
    return (
      `<tr class="heading level-${level}" id="s${n}"><td colspan="5">` +
      `<span class="n">${n}</span> ` +
      `<span class="heading-text" lang="${sourceLang}">${escapeHtml(segment.source)}</span>` +
      (target === "" ? "" : `<span class="heading-text" lang="${targetLang}">${escapeHtml(target)}</span>`) +
      `${status}${notes}</td></tr>`
    );
  }
  return (
    `<tr id="s${n}">` +
    `<td class="n">${n}</td>` +
    `<td lang="${sourceLang}">${escapeHtml(segment.source)}</td>` +
    `<td lang="${targetLang}"${target === "" ? ' class="empty"' : ""}>${escapeHtml(target)}</td>` +
    `<td>${status}</td>` +
    `<td>${notes}</td>` +
    "</tr>"
  );
}

/** A note or comment: `head` is HTML (escaped by the caller), `text` is escaped here. */
function renderEntry(className: string, head: string, text: string, quote = ""): string {
  // Line breaks are kept by `white-space: pre-wrap`; "\r\n" is normalised so it prints once.
  return `<div class="${className}"><div class="note-author">${head}</div>${quote}<div class="note-text">${escapeHtml(text.replace(/\r\n?/gu, "\n"))}</div></div>`;
}

function renderNote(note: ReviewNote, l: ReviewLabels): string {
  return renderEntry("note", escapeHtml(note.author.trim() || l.unknownAuthor), note.text);
}

/** A thread: its first comment (marked when resolved, with the words it is about), then its replies indented and marked "↳". */
function renderThread(thread: ReviewThread, l: ReviewLabels): string {
  const head = (c: ReviewComment, mark: string) =>
    `${mark}${escapeHtml(c.author.trim() || l.unknownAuthor)} <span class="comment-date">${escapeHtml(formatCommentTime(c.createdAt))}</span>`;
  const resolved = thread.resolved ? ` <span class="comment-resolved">${escapeHtml(l.resolved)}</span>` : "";
  const quote = thread.quote ? `<div class="comment-quote">“${escapeHtml(thread.quote)}”</div>` : "";
  const replies = thread.replies.map((reply) => renderEntry("note comment reply", head(reply, "↳ "), reply.text));
  return `<div class="thread${thread.resolved ? " resolved" : ""}">${renderEntry("note comment", head(thread, "") + resolved, thread.text, quote)}${replies.join("")}</div>`;
}
