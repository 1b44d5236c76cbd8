/**
 * Escaping for text placed into markup we write. Every piece of user text goes through one of
 * these before it reaches an exported file.
 */

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes the five HTML-significant characters; safe in element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => HTML_ENTITIES[ch]);
}

/**
 * Escapes Markdown so `text` renders as the same literal text (one line, as a paragraph or a
 * heading's content): inline syntax everywhere, block syntax where it would be read at the start.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    // Backslash first, so the escapes added below are not themselves escaped.
    .replace(/[\\`*_[\]<>#|~]/gu, (ch) => `\\${ch}`)
    // "&amp;" or "&#39;" would be read as character references.
    .replace(/&(?=#?\w+;)/gu, "\\&");
  return inline
    .replace(/^([-+=])/u, "\\$1") // list item, setext underline
    .replace(/^(\d+)([.)])(?=\s|$)/u, "$1\\$2"); // ordered list item
}
