import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { decodeText } from "./decode-text";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const ascii = (text: string): number[] => [...text].map((ch) => ch.charCodeAt(0));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function errorOf(input: Uint8Array): DomainError {
  try {
    decodeText(input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("decodeText did not throw");
}

describe("decodeText", () => {
  it("decodes UTF-8, keeping typographic apostrophes and no-break spaces", () => {
    expect(decodeText(utf8("L’été\u00a0: « déjà » !"))).toEqual({ text: "L’été\u00a0: « déjà » !", encoding: "utf-8" });
  });

  it("strips a UTF-8 byte order mark", () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8("Été")))).toEqual({ text: "Été", encoding: "utf-8" });
  });

  it("honours UTF-16 byte order marks, both byte orders", () => {
    expect(decodeText(utf16("Déjà vu’", true))).toEqual({ text: "Déjà vu’", encoding: "utf-16le" });
    expect(decodeText(utf16("Déjà vu’", false))).toEqual({ text: "Déjà vu’", encoding: "utf-16be" });
  });

  it("falls back to Windows-1252 for Western European bytes that are not UTF-8", () => {
    // "L’été coûte 5 €" in Windows-1252: 0x92 is ’, 0xE9 é, 0xFB û, 0x80 €.
    const input = bytes(0x4c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x63, 0x6f, 0xfb, 0x74, 0x65, 0x20, 0x35, 0x20, 0x80);
    expect(decodeText(input)).toEqual({ text: "L’été coûte 5 €", encoding: "windows-1252" });
  });

  it("decodes Windows-1252 quotes and dashes rather than Latin-1 control characters", () => {
    const { text } = decodeText(bytes(...ascii("Il dit "), 0x93, ...ascii("oui"), 0x94, 0x20, 0x96, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65));
    expect(text).toBe("Il dit “oui” – œuvre");
  });

  it("normalises line endings to \\n and Unicode to NFC", () => {
    const decomposed = "e\u0301te\u0301"; // é as e + combining acute
    const { text } = decodeText(utf8(`Un\r\nDeux\rTrois\n${decomposed}`));
    expect(text).toBe("Un\nDeux\nTrois\n\u00e9t\u00e9");
  });

  it("rejects an empty file and a file of whitespace only", () => {
    expect(errorOf(bytes()).code).toBe("EMPTY_FILE");
    expect(errorOf(utf8(" \n\t\r\n ")).code).toBe("EMPTY_FILE");
    expect(errorOf(bytes(0xef, 0xbb, 0xbf)).code).toBe("EMPTY_FILE");
    expect(errorOf(bytes()).message).toBe("The file is empty.");
  });

  it.each([
    ["PDF", bytes(...ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj"))],
    ["DOCX or ZIP", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00)],
    ["PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00)],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46)],
    ["GIF", bytes(...ascii("GIF89a"), 0x01, 0x00)],
  ])("rejects a %s file by its signature, naming the format", (format, input) => {
    const error = errorOf(input);
    expect(error.code).toBe("BINARY_FILE");
    expect(error.message).toBe(`This looks like a binary file (${format}), not text. Import plain text or Markdown.`);
    expect(error.details).toEqual({ format });
  });

  it("rejects NUL bytes and text full of control characters as binary", () => {
    expect(errorOf(bytes(...ascii("Bonjour"), 0x00, ...ascii("monde"))).code).toBe("BINARY_FILE");
    expect(errorOf(bytes(...ascii("ab"), 0x01, 0x02, 0x03, 0x1b, ...ascii("cd"))).code).toBe("BINARY_FILE");
  });

  it("tolerates a stray control character in a long text, and drops it", () => {
    const long = "Une phrase ordinaire. ".repeat(200);
    const { text } = decodeText(bytes(...ascii(long), 0x1a));
    expect(text).toBe(long);
  });

  it("turns a form feed into a paragraph break", () => {
    expect(decodeText(utf8("Page un.\fPage deux.")).text).toBe("Page un.\n\nPage deux.");
  });

  it("accepts Windows-1252 French dense in accents and guillemets with no-break spaces", () => {
    // "«\u00a0Été\u00a0»" : « NBSP É t é NBSP »
    const { text, encoding } = decodeText(bytes(0xab, 0xa0, 0xc9, 0x74, 0xe9, 0xa0, 0xbb));
    expect([text, encoding]).toEqual(["«\u00a0Été\u00a0»", "windows-1252"]);
  });

  it("refuses a legacy encoding that is not Western European", () => {
    // "Привет мир" in Windows-1251: nearly every byte is above 0x7F and the bytes are not UTF-8.
    const error = errorOf(bytes(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0));
    expect(error.code).toBe("UNSUPPORTED_ENCODING");
  });

  it("refuses bytes that claim UTF-16 but are truncated", () => {
    expect(errorOf(bytes(0xff, 0xfe, 0x41, 0x00, 0x42)).code).toBe("UNSUPPORTED_ENCODING");
  });
});
