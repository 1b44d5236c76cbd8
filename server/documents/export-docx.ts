import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { REVIEW_STATUS_COLOURS, formatCommentTime, mergeReviewLabels, numberedSegments, reviewMeta, type ReviewBlock, type ReviewComment, type ReviewDocument, type ReviewLabelOverrides, type ReviewLabels, type ReviewNote, type ReviewSegment, type ReviewThread } from "@/core/formats/export-review-html";
import { englishBlocks, englishFrontMatter, headingLevel, DEFAULT_ENGLISH_TEXT_OPTIONS, type EnglishPiece, type EnglishTextOptions } from "@/core/formats/english-text";
import type { BilingualDocument } from "@/core/model/document";

/**
 * Word exports, built with the `docx` library (Node: it packs a zip into a Buffer):
 * - the review copy: the same table as the HTML review page (#, French, English, Status,
 *   Comments: notes, then comment threads with replies indented), landscape, header row repeated
 *   on every page, headings as full-width rows;
 * - the English text only, headings as Word headings.
 * All text goes in as text runs (docx escapes it); characters XML cannot hold are dropped.
 */

// A4 in twips (1/20 pt), given portrait: docx swaps them for landscape.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 720; // 1.27 cm
const LANDSCAPE_CONTENT_WIDTH = A4.height - 2 * MARGIN;
const COLUMNS = (() => {
  const n = 600;
  const status = 1500;
  const text = 4600;
  return [n, text, text, status, LANDSCAPE_CONTENT_WIDTH - n - 2 * text - status];
})();
const HEADER_FILL = "F2F2F2";
const HEADING_FILL = "F7F7F7";

/** Removes what XML 1.0 cannot carry (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/F). */
function xmlSafe(text: string): string {
  // With the u flag, a surrogate range matches only unpaired surrogates.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu, "");
}

/** One run per line, with a line break before every line but the first (and before the first too with `breakBefore`). */
function lineRuns(text: string, options: { bold?: boolean; language?: string; breakBefore?: boolean } = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n?|\n/u)
    .map((line, i) => new TextRun({ text: line, ...(i > 0 || options.breakBefore ? { break: 1 } : {}), ...(options.bold ? { bold: true } : {}), ...(options.language ? { language: { value: options.language } } : {}) }));
}

function statusRun(segment: ReviewSegment, l: ReviewLabels): TextRun {
  const colours = REVIEW_STATUS_COLOURS[segment.status] ?? REVIEW_STATUS_COLOURS.new;
  return new TextRun({ text: xmlSafe(l.statuses[segment.status] ?? segment.status), bold: true, size: 18, color: colours.text, shading: { type: ShadingType.CLEAR, fill: colours.fill, color: "auto" } });
}

function noteParagraphs(notes: ReviewNote[], l: ReviewLabels): Paragraph[] {
  return notes.map(
    (note, i) =>
      new Paragraph({
        spacing: { before: i > 0 ? 120 : 0 },
        children: [new TextRun({ text: xmlSafe(note.author.trim() || l.unknownAuthor), bold: true, size: 18 }), ...lineRuns(note.text, { breakBefore: true })],
      }),
  );
}

/** A comment: "↳ " for a reply, author, date, "Resolved" on a resolved thread, the quoted words, the body. */
function commentParagraph(comment: ReviewComment, l: ReviewLabels, options: { before: number; reply: boolean; resolved?: boolean; quote?: string }): Paragraph {
  const { reply, resolved, quote } = options;
  return new Paragraph({
    spacing: { before: options.before },
    ...(reply ? { indent: { left: 280 } } : {}),
    children: [
      new TextRun({ text: xmlSafe(`${reply ? "↳ " : ""}${comment.author.trim() || l.unknownAuthor}`), bold: true, size: 18 }),
      new TextRun({ text: xmlSafe(`  ${formatCommentTime(comment.createdAt)}`), size: 16, color: "666666" }),
      ...(resolved ? [new TextRun({ text: xmlSafe(`  ${l.resolved}`), bold: true, size: 16, color: "555555" })] : []),
      ...(quote ? [new TextRun({ text: xmlSafe(`“${quote}”`), italics: true, color: "555555", break: 1 })] : []),
      ...lineRuns(comment.text, { breakBefore: true }),
    ],
  });
}

/** The notes, then each thread's first comment and its replies. */
function commentsOf(segment: ReviewSegment, l: ReviewLabels): Paragraph[] {
  const threads = (segment.threads ?? []).flatMap((thread: ReviewThread, i) => [
    commentParagraph(thread, l, { before: i === 0 && segment.notes.length === 0 ? 0 : 120, reply: false, resolved: thread.resolved, quote: thread.quote }),
    ...thread.replies.map((reply) => commentParagraph(reply, l, { before: 60, reply: true })),
  ]);
  return [...noteParagraphs(segment.notes, l), ...threads];
}

function cell(children: Paragraph[], width: number, options: { fill?: string; columnSpan?: number } = {}): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, fill: options.fill, color: "auto" } } : {}),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
  });
}

function segmentRow(block: ReviewBlock, segment: ReviewSegment, n: number, doc: ReviewDocument, l: ReviewLabels): TableRow {
  const target = segment.target.trim();
  if (block.kind === "heading") {
    const runs = [
      new TextRun({ text: `${n}  `, color: "555555" }),
      ...lineRuns(segment.source, { bold: true, language: doc.sourceLanguage }),
      ...(target === "" ? [] : [new TextRun({ text: "  →  ", color: "777777" }), ...lineRuns(target, { bold: true, language: doc.targetLanguage })]),
      new TextRun({ text: "  " }),
      statusRun(segment, l),
    ];
    return new TableRow({ cantSplit: true, children: [cell([new Paragraph({ children: runs }), ...commentsOf(segment, l)], LANDSCAPE_CONTENT_WIDTH, { fill: HEADING_FILL, columnSpan: 5 })] });
  }
  return new TableRow({
    cantSplit: true,
    children: [
      cell([new Paragraph({ children: [new TextRun({ text: String(n), color: "555555" })] })], COLUMNS[0]),
      cell([new Paragraph({ children: lineRuns(segment.source, { language: doc.sourceLanguage }) })], COLUMNS[1]),
      cell([new Paragraph({ children: target === "" ? [] : lineRuns(target, { language: doc.targetLanguage }) })], COLUMNS[2], target === "" ? { fill: "FAFAFA" } : {}),
      cell([new Paragraph({ children: [statusRun(segment, l)] })], COLUMNS[3]),
      cell(commentsOf(segment, l), COLUMNS[4]),
    ],
  });
}

function pageFooter(title: string): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${xmlSafe(title)} · `, size: 16, color: "777777" }), new TextRun({ children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], size: 16, color: "777777" })] })],
  });
}

/** The review copy as a Word document (landscape A4, header row repeated on every page). */
export async function exportReviewDocx(doc: ReviewDocument, labels: ReviewLabelOverrides = {}): Promise<Buffer> {
  const l = mergeReviewLabels(labels);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [l.number, l.source, l.target, l.status, l.comments].map((text, i) => cell([new Paragraph({ children: [new TextRun({ text: xmlSafe(text), bold: true })] })], COLUMNS[i], { fill: HEADER_FILL })),
  });
  const table = new Table({
    width: { size: LANDSCAPE_CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    rows: [header, ...numberedSegments(doc).map(({ block, segment, n }) => segmentRow(block, segment, n, doc, l))],
  });
  const document = new Document({
    creator: "Lisière",
    title: xmlSafe(doc.title),
    description: `${l.source} → ${l.target}`,
    styles: { default: { document: { run: { font: "Calibri", size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: { default: pageFooter(doc.title) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: lineRuns(doc.title, { language: doc.sourceLanguage }) }),
          ...reviewMeta(doc, l).map((line) => new Paragraph({ children: [new TextRun({ text: xmlSafe(line), color: "555555" })] })),
          new Paragraph({}),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/**
 * A block's runs: neighbouring pieces in the same language share one run (the text stays one
 * searchable string); a marker is its own run in grey italics, visible but not read as the text.
 */
function blockRuns(pieces: EnglishPiece[], doc: BilingualDocument): TextRun[] {
  const spans: { kind: "marker" | EnglishPiece["language"]; text: string }[] = [];
  const add = (kind: (typeof spans)[number]["kind"], text: string) => {
    const last = spans.at(-1);
    if (last?.kind === kind) last.text += text;
    else spans.push({ kind, text });
  };
  pieces.forEach((piece, i) => {
    // Segments are separated by one space, kept at the end of the span before.
    if (i > 0) spans[spans.length - 1].text += " ";
    if (piece.marker !== undefined) add("marker", piece.text === "" ? piece.marker : `${piece.marker} `);
    if (piece.text !== "") add(piece.language, piece.text);
  });
  return spans.map((span) =>
    span.kind === "marker"
      ? new TextRun({ text: span.text, italics: true, color: "888888" })
      : new TextRun({ text: xmlSafe(span.text), language: { value: span.kind === "source" ? doc.sourceLanguage : doc.targetLanguage } }),
  );
}

/**
 * The English text only, as a Word document: the title (Title style, and in the document's
 * properties) and the date, then headings as Word headings (level 2 by default) and paragraphs.
 * Missing and draft translations follow the same policy as Markdown and plain text (english-text.ts).
 */
export async function exportEnglishDocx(doc: BilingualDocument, options: EnglishTextOptions = DEFAULT_ENGLISH_TEXT_OPTIONS): Promise<Buffer> {
  const front = englishFrontMatter(doc);
  const body = englishBlocks(doc, options).map((block) => {
    const children = blockRuns(block.pieces, doc);
    return block.kind === "heading" ? new Paragraph({ heading: HEADINGS[headingLevel(block.level) - 1], children }) : new Paragraph({ spacing: { after: 160 }, children });
  });
  const document = new Document({
    creator: "Lisière",
    title: xmlSafe(front.title),
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: xmlSafe(front.title) })] }),
          ...(front.dateLine ? [new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: front.dateLine, color: "555555" })] })] : []),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
