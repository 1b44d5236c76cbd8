/**
 * The parts of a Word package around word/document.xml: content types, relationships, styles,
 * the document properties and, for the review copy, a footer with page numbers.
 */
import { paragraph, run, simpleField, xmlText } from "./wordml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PROLOG = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** The root of word/document.xml up to the body's first child. */
export const DOCUMENT_START = `${PROLOG}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`;

export interface PackageOptions {
  title: string;
  description?: string;
  /** Default text size in half-points. */
  textSize: number;
  /** Adds word/footer1.xml with this text before "page / pages". */
  footer?: string;
}

export interface PackagePart {
  name: string;
  text: string;
}

/** Every part but word/document.xml, in the order they go in the zip (content types first). */
export function packageParts(options: PackageOptions): PackagePart[] {
  const footer = options.footer !== undefined;
  return [
    {
      name: "[Content_Types].xml",
      text:
        `${PROLOG}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
        (footer ? `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` : "") +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
        `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
        `</Types>`,
    },
    {
      name: "_rels/.rels",
      text:
        `${PROLOG}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
        `</Relationships>`,
    },
    {
      name: "docProps/core.xml",
      text:
        `${PROLOG}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<dc:title>${xmlText(options.title)}</dc:title><dc:creator>Lisière</dc:creator>` +
        (options.description ? `<dc:description>${xmlText(options.description)}</dc:description>` : "") +
        `</cp:coreProperties>`,
    },
    {
      name: "docProps/app.xml",
      text: `${PROLOG}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Lisière</Application></Properties>`,
    },
    {
      name: "word/_rels/document.xml.rels",
      text:
        `${PROLOG}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` +
        (footer ? `<Relationship Id="rIdFooter" Type="${REL}/footer" Target="footer1.xml"/>` : "") +
        `</Relationships>`,
    },
    { name: "word/styles.xml", text: styles(options.textSize) },
    ...(footer ? [{ name: "word/footer1.xml", text: footerXml(options.footer!) }] : []),
  ];
}

/** The section of the review copy: landscape A4 with the footer. */
export function landscapeSection(margin: number): string {
  return `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}" w:header="400" w:footer="400" w:gutter="0"/></w:sectPr>`;
}

/** The section of the English text: portrait A4. */
export const PORTRAIT_SECTION = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;

export const DOCUMENT_END = "</w:body></w:document>";

function footerXml(text: string): string {
  const grey = { size: 16, color: "777777" };
  const line = paragraph(`${run(`${text} · `, grey)}${simpleField("PAGE", grey)}${run(" / ", grey)}${simpleField("NUMPAGES", grey)}`, { align: "right" });
  return `${PROLOG}<w:ftr xmlns:w="${W}" xmlns:r="${R}">${line}</w:ftr>`;
}

/** Calibri at `size`, the Title style and six heading levels (outline levels, so Word's navigation shows them). */
function styles(size: number): string {
  const heading = (level: number, pt: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="${pt * 2}"/></w:rPr></w:style>`;
  return (
    `${PROLOG}<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:sz w:val="48"/></w:rPr></w:style>` +
    [16, 14, 13, 12, 11, 11].map((pt, i) => heading(i + 1, pt)).join("") +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}
