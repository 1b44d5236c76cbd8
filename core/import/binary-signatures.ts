/**
 * Signatures (first bytes) of the binary formats people most often try to import instead of text.
 * The content sniffer names them; the text decoder refuses them.
 */

export interface BinarySignature {
  /** What to call the format in a message. */
  label: string;
  bytes: readonly number[];
}

export const BINARY_SIGNATURES: readonly BinarySignature[] = [
  { label: "PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { label: "DOCX or ZIP", bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK\3\4: also ODT, EPUB
  { label: "DOCX or ZIP", bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty ZIP
  { label: "Word 97–2003", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // OLE2 (.doc)
  { label: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { label: "JPEG", bytes: [0xff, 0xd8, 0xff] },
  { label: "GIF", bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] }, // GIF89a
  { label: "GIF", bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] }, // GIF87a
  { label: "GZIP", bytes: [0x1f, 0x8b] },
];

/** The signature the bytes start with, if any. */
export function binarySignature(bytes: Uint8Array): BinarySignature | undefined {
  return BINARY_SIGNATURES.find((signature) => signature.bytes.every((b, i) => bytes[i] === b));
}
