/**
 * The review copy as a Word document: the same table as the HTML review page (#, French, English,
 * Status, Comments: notes, then comment threads with replies indented), landscape A4, the header
 * row repeated on every page, headings as full-width rows, the title and page numbers in the footer.
 */
import type { BlockInfo } from "../document-writer";
import {
  REVIEW_STATUS_COLOURS,
  formatCommentTime,
  mergeReviewLabels,
  reviewMeta,
  type ReviewComment,
  type ReviewLabelOverrides,
  type ReviewDocument,
  type ReviewLabels,
  type ReviewMeta,
  type ReviewSegment,
} from "../export-review-html";
import { DOCUMENT_END, DOCUMENT_START, landscapeSection, packageParts } from "./docx-package";
import type { DocxExport } from "./english-docx";
import { cell, paragraph, row, run, tableStart } from "./wordml";
import { docxBytes } from "./zip-docx";

const MARGIN = 720; // 1.27 cm
const CONTENT_WIDTH = 16838 - 2 * MARGIN;
const COLUMNS = (() => {
  const n = 600;
  const status = 1500;
  const text = 4600;
  return [n, text, text, status, CONTENT_WIDTH - n - 2 * text - status];
})();
const HEADER_FILL = "F2F2F2";
const HEADING_FILL = "F7F7F7";

function statusRun(segment: ReviewSegment, l: ReviewLabels): string {
  const colours = REVIEW_STATUS_COLOURS[segment.status] ?? REVIEW_STATUS_COLOURS.new;
  return run(l.statuses[segment.status] ?? segment.status, { bold: true, size: 18, color: colours.text, fill: colours.fill });
}

/** A comment: "↳ " for a reply, author, date, "Resolved" on a resolved thread, the quoted words, the body. */
function commentParagraph(comment: ReviewComment, l: ReviewLabels, options: { before: number; reply: boolean; resolved?: boolean; quote?: string }): string {
  const { reply, resolved, quote } = options;
  return paragraph(
    run(`${reply ? "↳ " : ""}${comment.author.trim() || l.unknownAuthor}`, { bold: true, size: 18 }) +
      run(`  ${formatCommentTime(comment.createdAt)}`, { size: 16, color: "666666" }) +
      (resolved ? run(`  ${l.resolved}`, { bold: true, size: 16, color: "555555" }) : "") +
      (quote ? run(`“${quote}”`, { italics: true, color: "555555" }, { breakBefore: true }) : "") +
      run(comment.text, {}, { breakBefore: true }),
    { spacingBefore: options.before, ...(reply ? { indentLeft: 280 } : {}) },
  );
}

/** The notes, then each thread's first comment and its replies. */
function commentsOf(segment: ReviewSegment, l: ReviewLabels): string[] {
  const notes = segment.notes.map((note, i) =>
    paragraph(run(note.author.trim() || l.unknownAuthor, { bold: true, size: 18 }) + run(note.text, {}, { breakBefore: true }), {
      spacingBefore: i > 0 ? 120 : 0,
    }),
  );
  const threads = (segment.threads ?? []).flatMap((thread, i) => [
    commentParagraph(thread, l, { before: i === 0 && segment.notes.length === 0 ? 0 : 120, reply: false, resolved: thread.resolved, quote: thread.quote }),
    ...thread.replies.map((reply) => commentParagraph(reply, l, { before: 60, reply: true })),
  ]);
  return [...notes, ...threads];
}

function segmentRow(block: BlockInfo, segment: ReviewSegment, n: number, doc: ReviewMeta, l: ReviewLabels): string {
  const target = segment.target.trim();
  if (block.kind === "heading") {
    const runs =
      run(`${n}  `, { color: "555555" }) +
      run(segment.source, { bold: true, language: doc.sourceLanguage }) +
      (target === "" ? "" : run("  →  ", { color: "777777" }) + run(target, { bold: true, language: doc.targetLanguage })) +
      run("  ") +
      statusRun(segment, l);
    return row([cell([paragraph(runs), ...commentsOf(segment, l)], { width: CONTENT_WIDTH, fill: HEADING_FILL, columnSpan: 5 })]);
  }
  return row([
    cell([paragraph(run(String(n), { color: "555555" }))], { width: COLUMNS[0] }),
    cell([paragraph(run(segment.source, { language: doc.sourceLanguage }))], { width: COLUMNS[1] }),
    cell([paragraph(target === "" ? "" : run(target, { language: doc.targetLanguage }))], { width: COLUMNS[2], ...(target === "" ? { fill: "FAFAFA" } : {}) }),
    cell([paragraph(statusRun(segment, l))], { width: COLUMNS[3] }),
    cell(commentsOf(segment, l), { width: COLUMNS[4] }),
  ]);
}

export function reviewDocx(doc: ReviewMeta, labels: ReviewLabelOverrides = {}): DocxExport<ReviewSegment> {
  const l = mergeReviewLabels(labels);
  let block: BlockInfo = { kind: "paragraph" };
  let n = 0;
  const header = row(
    [l.number, l.source, l.target, l.status, l.comments].map((text, i) =>
      cell([paragraph(run(text, { bold: true }))], { width: COLUMNS[i], fill: HEADER_FILL }),
    ),
    { header: true },
  );
  return {
    parts: packageParts({ title: doc.title, description: `${l.source} → ${l.target}`, textSize: 20, footer: doc.title }),
    writer: {
      start: () =>
        DOCUMENT_START +
        paragraph(run(doc.title, { language: doc.sourceLanguage }), { style: "Title" }) +
        reviewMeta(doc, l)
          .map((line) => paragraph(run(line, { color: "555555" })))
          .join("") +
        paragraph("") +
        tableStart(COLUMNS) +
        header,
      openBlock: (next) => {
        block = next;
        return "";
      },
      segment: (segment) => segmentRow(block, segment, ++n, doc, l),
      closeBlock: () => "",
      // A table must not be the last thing before the section: Word wants a paragraph after it.
      end: () => `</w:tbl>${paragraph("")}${landscapeSection(MARGIN)}${DOCUMENT_END}`,
    },
  };
}

/** The whole review Word file in memory. */
export async function exportReviewDocx(doc: ReviewDocument, labels: ReviewLabelOverrides = {}): Promise<Uint8Array> {
  return docxBytes(reviewDocx(doc, labels), doc.blocks);
}
