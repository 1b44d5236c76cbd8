/**
 * The WordprocessingML the Word exports need, written as strings so a document of any length is
 * produced a piece at a time (the `docx` library builds the whole document as objects first:
 * 4.3 GB for 200,000 segments). Elements and their children follow the order the ECMA-376
 * schema requires (rPr: b, i, color, sz, shd, lang; pPr: pStyle, spacing, ind, jc).
 */

/** Removes what XML 1.0 cannot carry (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/F). */
export function xmlSafe(text: string): string {
  // With the u flag, a surrogate range matches only unpaired surrogates.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu, "");
}

/** Text for an element or an attribute value. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Hex without "#". */
  color?: string;
  /** Half-points (20 = 10 pt). */
  size?: number;
  /** Background, hex without "#". */
  fill?: string;
  language?: string;
}

function runProperties(style: RunStyle): string {
  const parts = [
    style.bold ? "<w:b/>" : "",
    style.italics ? "<w:i/>" : "",
    style.color ? `<w:color w:val="${style.color}"/>` : "",
    style.size ? `<w:sz w:val="${style.size}"/>` : "",
    style.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${style.fill}"/>` : "",
    style.language ? `<w:lang w:val="${xmlText(style.language)}"/>` : "",
  ].join("");
  return parts ? `<w:rPr>${parts}</w:rPr>` : "";
}

/** One run of text; line breaks in the text become <w:br/> (tabs are kept as they are). */
export function run(text: string, style: RunStyle = {}, options: { breakBefore?: boolean } = {}): string {
  const lines = xmlSafe(text).split(/\r\n?|\n/u);
  const body = lines.map((line, i) => `${i > 0 || options.breakBefore ? "<w:br/>" : ""}<w:t xml:space="preserve">${xmlText(line)}</w:t>`).join("");
  return `<w:r>${runProperties(style)}${body}</w:r>`;
}

export interface ParagraphStyle {
  /** A style id of styles.xml (Title, Heading1…). */
  style?: string;
  spacingBefore?: number;
  spacingAfter?: number;
  indentLeft?: number;
  align?: "left" | "right" | "center";
}

/** A paragraph's opening tag with its properties; close it with `</w:p>`. */
export function paragraphStart(style: ParagraphStyle = {}): string {
  const spacing =
    style.spacingBefore !== undefined || style.spacingAfter !== undefined
      ? `<w:spacing${style.spacingBefore !== undefined ? ` w:before="${style.spacingBefore}"` : ""}${style.spacingAfter !== undefined ? ` w:after="${style.spacingAfter}"` : ""}/>`
      : "";
  const parts = [
    style.style ? `<w:pStyle w:val="${style.style}"/>` : "",
    spacing,
    style.indentLeft ? `<w:ind w:left="${style.indentLeft}"/>` : "",
    style.align ? `<w:jc w:val="${style.align}"/>` : "",
  ].join("");
  return `<w:p>${parts ? `<w:pPr>${parts}</w:pPr>` : ""}`;
}

export function paragraph(runs: string, style: ParagraphStyle = {}): string {
  return `${paragraphStart(style)}${runs}</w:p>`;
}

/** A field such as PAGE or NUMPAGES, shown with its last computed value. */
export function simpleField(instruction: string, style: RunStyle = {}): string {
  return `<w:fldSimple w:instr=" ${instruction} ">${run("1", style)}</w:fldSimple>`;
}

export interface CellOptions {
  width: number;
  fill?: string;
  columnSpan?: number;
}

/** A table cell holding paragraphs (a cell needs at least one). */
export function cell(paragraphs: string[], options: CellOptions): string {
  const props = [
    `<w:tcW w:w="${options.width}" w:type="dxa"/>`,
    options.columnSpan ? `<w:gridSpan w:val="${options.columnSpan}"/>` : "",
    options.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${options.fill}"/>` : "",
    `<w:tcMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tcMar>`,
  ].join("");
  return `<w:tc><w:tcPr>${props}</w:tcPr>${paragraphs.length > 0 ? paragraphs.join("") : "<w:p/>"}</w:tc>`;
}

/** A table row that never splits across pages; `header` repeats it at the top of every page. */
export function row(cells: string[], options: { header?: boolean } = {}): string {
  return `<w:tr><w:trPr><w:cantSplit/>${options.header ? "<w:tblHeader/>" : ""}</w:trPr>${cells.join("")}</w:tr>`;
}

/** A fixed-layout table's opening, its grid given by the column widths (twips); close it with `</w:tbl>`. */
export function tableStart(columns: readonly number[]): string {
  const width = columns.reduce((a, b) => a + b, 0);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>` +
    `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${columns.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
  );
}
