/**
 * A Windows-1252 decoder. Node 20.18.3+ decodes TextDecoder("windows-1252") as Latin-1, turning
 * 0x92 (’) and 0x80 (€) into C1 control characters (nodejs/node#60888), so we map the 0x80–0x9F
 * row ourselves, as the WHATWG Encoding Standard does; every other byte is its own code point.
 */

// WHATWG index-windows-1252 for 0x80–0x9F; the five undefined bytes stay C1 controls.
const HIGH_ROW = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const CHUNK = 8192; // String.fromCharCode takes its codes as arguments: keep the call stack small

/** Decodes Windows-1252 bytes (every byte is defined, so this never fails). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const end = Math.min(bytes.length, offset + CHUNK);
    for (let i = offset; i < end; i++) {
      const b = bytes[i];
      codes[i - offset] = b >= 0x80 && b <= 0x9f ? HIGH_ROW[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - offset)));
  }
  return parts.join("");
}
