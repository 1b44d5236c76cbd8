import type { JSONContent } from "@tiptap/core";

/**
 * A segment's target is plain text in one paragraph. These convert between that text and the
 * editor document, so that what is saved is exactly what the user sees.
 */
export function textToDoc(text: string): JSONContent {
  const flat = text.replace(/\s*\n\s*/g, " ");
  return { type: "doc", content: [{ type: "paragraph", content: flat ? [{ type: "text", text: flat }] : [] }] };
}

/** Pasted text becomes one line: segments never contain paragraph breaks. */
export function flattenPastedText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\s*\n\s*/g, " ");
}
