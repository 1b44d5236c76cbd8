import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sniffContent } from "./sniff-content";
import { makeZip } from "./test-zip";

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], (bom ? 2 : 0) + i * 2);
  return out;
};
const utf16be = (text: string) => {
  const le = utf16le(text, false);
  const out = new Uint8Array(2 + le.length);
  out.set([0xfe, 0xff]);
  for (let i = 0; i < le.length; i += 2) out.set([le[i + 1], le[i]], 2 + i);
  return out;
};

const TMX = '<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>Il pleut.</seg></tuv></tu></body></tmx>\n';
const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

describe("sniffContent: XML formats by their root element", () => {
  it.each([
    ["with a declaration", DECL + TMX],
    ["without one", TMX],
    [
      "after comments, a processing instruction and a doctype",
      `${DECL}<!-- exported -->\n<?xml-stylesheet href="x.xsl"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<!-- again -->${TMX}`,
    ],
    [
      "after a doctype whose internal subset holds > and ]",
      `${DECL}<!DOCTYPE tmx [\n<!ENTITY gt2 ">]>">\n<!-- ]> -->\n<!ATTLIST tmx a CDATA "x>y">\n]>\n${TMX}`,
    ],
  ])("tells TMX %s", (_name, text) => {
    expect(sniffContent(utf8(text))).toEqual({ kind: "tmx" });
  });

  it.each([
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(DECL + TMX)])],
    ["UTF-16 LE with BOM", utf16le(DECL + TMX)],
    ["UTF-16 BE with BOM", utf16be(DECL + TMX)],
    ["UTF-16 LE without BOM", utf16le(DECL + TMX, false)],
  ])("reads the prolog in %s", (_name, bytes) => {
    expect(sniffContent(bytes)).toEqual({ kind: "tmx" });
  });

  it.each([
    ['<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr">', { kind: "xliff2", version: "2.1" }],
    ['<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr">', { kind: "xliff2", version: "2.0" }],
    ['<xliff xmlns="urn:oasis:names:tc:xliff:document:2.2" version="2.2" srcLang="fr">', { kind: "xliff2", version: "2.2" }],
    ['<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">', { kind: "xliff1", version: "1.2" }],
    ['<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1">', { kind: "xliff1" }],
    [
      '<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">',
      { kind: "xliff1", version: "1.2", dialect: "sdlxliff" },
    ],
    ['<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">', { kind: "xliff1", version: "1.2", dialect: "mqxliff" }],
    [
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0" version="1.2">',
      { kind: "xliff1", version: "1.2", dialect: "mxliff" },
    ],
  ])("tells XLIFF versions and dialects: %s", (root, expected) => {
    expect(sniffContent(utf8(`${DECL}<!-- tool -->\n${root}<file/></xliff>`))).toEqual(expected);
  });

  it("tells TBX (v3 and 2008's martif) and names the root of other XML", () => {
    expect(sniffContent(utf8(`${DECL}<tbx type="TBX-Basic" xml:lang="fr"><text/></tbx>`))).toEqual({ kind: "tbx" });
    expect(sniffContent(utf8(`${DECL}<martif type="TBX" xml:lang="fr"><text/></martif>`))).toEqual({ kind: "tbx" });
    expect(sniffContent(utf8(`${DECL}<rss version="2.0"><channel/></rss>`))).toEqual({ kind: "xml", root: "rss" });
    expect(sniffContent(utf8(`${DECL}<w:document xmlns:w="x"/>`))).toEqual({ kind: "xml", root: "w:document" });
    expect(sniffContent(utf8('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>\n'))).toEqual({ kind: "xml", root: "svg" });
  });

  it("takes text that merely starts with an angle bracket for text", () => {
    expect(sniffContent(utf8("<Brouillon> Le Pentagone exige.\n\nSuite du texte."))).toEqual({ kind: "text" });
    expect(sniffContent(utf8("<3 Il pleut."))).toEqual({ kind: "text" });
    expect(sniffContent(utf8("<!-- toc -->\n# Titre\n\nTexte."))).toEqual({ kind: "text" });
  });
});

describe("sniffContent: HTML", () => {
  it.each([
    ["an HTML doctype", "<!DOCTYPE html>\n<html lang=fr><body><p>Il pleut.</p></body></html>"],
    ["<html> alone", "<html><p>Il pleut.</p></html>"],
    ["XHTML with a declaration", `${DECL}<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`],
    ["a comment before the doctype", "<!-- saved page -->\n<!doctype HTML><title>x</title>"],
  ])("tells a page from %s", (_name, text) => {
    expect(sniffContent(utf8(text))).toEqual({ kind: "html" });
  });

  it("tells a fragment that opens and closes a block element", () => {
    expect(sniffContent(utf8("<p>Il pleut.</p>\n<p>Il vente.</p>"))).toEqual({ kind: "html", fragment: true });
    expect(sniffContent(utf8("<p>Il pleut, sans balise fermante"))).toEqual({ kind: "text" });
  });
});

describe("sniffContent: zip containers by their entries", () => {
  const mimetype = (type: string, ...more: string[]) => makeZip([{ name: "mimetype", data: type }, ...more.map((name) => ({ name, data: "<x/>" }))]);
  it.each([
    [
      "Word",
      makeZip([
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "word/document.xml", data: "<w:document/>" },
      ]),
      { kind: "docx" },
    ],
    [
      "Excel",
      makeZip([
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "xl/workbook.xml", data: "<workbook/>" },
      ]),
      { kind: "zip", container: "xlsx" },
    ],
    ["PowerPoint", makeZip([{ name: "ppt/presentation.xml", data: "<p/>" }]), { kind: "zip", container: "pptx" }],
    ["OpenDocument text", mimetype("application/vnd.oasis.opendocument.text", "content.xml", "META-INF/manifest.xml"), { kind: "zip", container: "odt" }],
    ["OpenDocument spreadsheet", mimetype("application/vnd.oasis.opendocument.spreadsheet", "content.xml"), { kind: "zip", container: "ods" }],
    ["OpenDocument presentation", mimetype("application/vnd.oasis.opendocument.presentation"), { kind: "zip", container: "odp" }],
    ["EPUB", mimetype("application/epub+zip", "META-INF/container.xml"), { kind: "zip", container: "epub" }],
    ["EPUB without a mimetype entry", makeZip([{ name: "META-INF/container.xml", data: "<container/>" }]), { kind: "zip", container: "epub" }],
    [
      "OpenDocument without a mimetype entry",
      makeZip([
        { name: "content.xml", data: "<x/>" },
        { name: "META-INF/manifest.xml", data: "<m/>" },
      ]),
      { kind: "zip", container: "odf" },
    ],
    ["any other zip", makeZip([{ name: "notes.txt", data: "Il pleut." }]), { kind: "zip", container: "zip" }],
    ["an empty zip", makeZip([]), { kind: "zip", container: "zip" }],
    ["a damaged zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), { kind: "zip", container: "zip" }],
  ])("%s", (_name, bytes, expected) => {
    expect(sniffContent(bytes)).toEqual(expected);
  });
});

describe("sniffContent: other files", () => {
  it("tells PDF, RTF and other binary formats, and leaves text as text", () => {
    expect(sniffContent(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toEqual({ kind: "pdf" });
    expect(sniffContent(utf8("{\\rtf1\\ansi\\deff0 {\\fonttbl}} Il pleut."))).toEqual({ kind: "rtf" });
    expect(sniffContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({ kind: "binary", label: "PNG" });
    expect(sniffContent(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ kind: "binary", label: "Word 97–2003" });
    expect(sniffContent(utf8("date 2026-02-28 Donald Trump a ordonné…\n\nLes décisions"))).toEqual({ kind: "text" });
    expect(sniffContent(new Uint8Array([0x4c, 0x92, 0xe9, 0x74, 0xe9]))).toEqual({ kind: "text" });
    expect(sniffContent(new Uint8Array())).toEqual({ kind: "text" });
  });

  it("sniffs pasted text the same way", () => {
    expect(sniffContent(`\uFEFF${DECL}${TMX}`)).toEqual({ kind: "tmx" });
    expect(sniffContent("<!DOCTYPE html><p>x</p>")).toEqual({ kind: "html" });
    expect(sniffContent("Il pleut. Il vente.")).toEqual({ kind: "text" });
  });
});

describe("sniffContent never throws", () => {
  const prefixes = [
    [],
    [0x50, 0x4b, 0x03, 0x04],
    [0x50, 0x4b, 0x05, 0x06],
    [0xff, 0xfe],
    [0xfe, 0xff],
    [0xef, 0xbb, 0xbf],
    [0x3c, 0x00],
    ...["<?xml ", "<!DOCTYPE x [", "<!--", "<xliff ", "<p>", "{\\rtf", "%PDF-"].map((p) => [...utf8(p)]),
  ];

  it("on arbitrary bytes, after any signature it looks for", () => {
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 2048 }), (prefix, rest) => {
        const result = sniffContent(new Uint8Array([...prefix, ...rest]));
        expect(typeof result.kind).toBe("string");
      }),
      { numRuns: 3000 },
    );
  });

  it("on zips whose directory records point anywhere", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), fc.uint8Array({ minLength: 18, maxLength: 18 }), (body, endFields) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...body, 0x50, 0x4b, 0x05, 0x06, ...endFields]);
        expect(sniffContent(bytes).kind).toBe("zip");
      }),
      { numRuns: 3000 },
    );
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 500 }),
        fc.constantFrom("", "<?xml version='1.0'?>", "<!DOCTYPE html>", "<tmx", "<!--"),
        (text, prefix) => {
          expect(typeof sniffContent(prefix + text).kind).toBe("string");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
