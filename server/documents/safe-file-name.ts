/** A download file name from a title: accents dropped, anything but letters, digits, `.`, `_`, `-` as a dash. */
export function safeFileName(title: string, fallback = "document", maxLength = 80): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return (base || fallback).slice(0, maxLength);
}
