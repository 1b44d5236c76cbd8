/**
 * The English text as a Word document: the title (Title style, and in the properties) and the
 * date, then headings as Word headings (level 2 by default) and paragraphs. Missing and draft
 * translations follow the same policy as Markdown and plain text (english-text.ts).
 */
import type { BilingualDocument, BilingualSegment } from "../../model/document";
import type { BlockInfo, DocumentWriter } from "../document-writer";
import {
  assertTranslated,
  englishFrontMatter,
  englishPiece,
  headingLevel,
  DEFAULT_ENGLISH_TEXT_OPTIONS,
  type EnglishPiece,
  type EnglishTextOptions,
} from "../english-text";
import { DOCUMENT_END, DOCUMENT_START, PORTRAIT_SECTION, packageParts, type PackagePart } from "./docx-package";
import { paragraph, paragraphStart, run } from "./wordml";
import { docxBytes } from "./zip-docx";

type Meta = Pick<BilingualDocument, "title" | "date" | "sourceLanguage" | "targetLanguage">;
type SpanKind = "marker" | EnglishPiece["language"];

export interface DocxExport<S> {
  /** The package's other parts. */
  parts: PackagePart[];
  /** Writes word/document.xml. */
  writer: DocumentWriter<S>;
}

/**
 * Neighbouring pieces in the same language share one run (the text stays one searchable string);
 * a marker is its own run in grey italics, visible but not read as the text. One span is held at a
 * time, so a paragraph is written as its segments come.
 */
export function englishDocx(doc: Meta, options: EnglishTextOptions = DEFAULT_ENGLISH_TEXT_OPTIONS): DocxExport<BilingualSegment> {
  const front = englishFrontMatter(doc);
  let block: BlockInfo = { kind: "paragraph" };
  let open = false;
  let span: { kind: SpanKind; text: string } | null = null;

  const flush = (): string => {
    if (!span) return "";
    const { kind, text } = span;
    span = null;
    return kind === "marker"
      ? run(text, { italics: true, color: "888888" })
      : run(text, { language: kind === "source" ? doc.sourceLanguage : doc.targetLanguage });
  };
  const add = (kind: SpanKind, text: string): string => {
    if (span?.kind === kind) {
      span.text += text;
      return "";
    }
    const out = flush();
    span = { kind, text };
    return out;
  };

  const writer: DocumentWriter<BilingualSegment> = {
    start: () =>
      DOCUMENT_START +
      paragraph(run(front.title), { style: "Title" }) +
      (front.dateLine ? paragraph(run(front.dateLine, { color: "555555" }), { spacingAfter: 240 }) : ""),
    openBlock: (next) => {
      block = next;
      open = false;
      return "";
    },
    segment: (segment) => {
      const piece = englishPiece(segment, options);
      if (!piece) return "";
      let out = "";
      if (!open) {
        open = true;
        out += block.kind === "heading" ? paragraphStart({ style: `Heading${headingLevel(block.level)}` }) : paragraphStart({ spacingAfter: 160 });
      } else if (span) {
        // Segments are separated by one space, kept at the end of the span before.
        span.text += " ";
      }
      if (piece.marker !== undefined) out += add("marker", piece.text === "" ? piece.marker : `${piece.marker} `);
      if (piece.text !== "") out += add(piece.language, piece.text);
      return out;
    },
    closeBlock: () => (open ? `${flush()}</w:p>` : ""),
    end: () => PORTRAIT_SECTION + DOCUMENT_END,
  };
  return { parts: packageParts({ title: front.title, textSize: 22 }), writer };
}

/** The whole English Word file in memory (refused under `fail` while a translation is missing). */
export async function exportEnglishDocx(doc: BilingualDocument, options: EnglishTextOptions = DEFAULT_ENGLISH_TEXT_OPTIONS): Promise<Uint8Array> {
  if (options.missing === "fail") assertTranslated(doc.blocks.flatMap((block) => block.segments));
  return docxBytes(englishDocx(doc, options), doc.blocks);
}
