// Any origin we own would do: it is only the base that relative paths resolve against.
const BASE = new URL("http://lisiere.invalid");

/**
 * A path on this site to return to (after signing in or up), or "" for anything else. The value
 * is resolved by the WHATWG URL parser — the one browsers use — and kept only if it stays on our
 * origin, so every trick that parser would turn into another host (`/\t/host`, `/\host`,
 * `//host`, control characters, `javascript:`, absolute URLs) is refused. What is returned is the
 * parser's own reading of it (path, query, fragment), never the raw text.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "";
  }
  if (url.origin !== BASE.origin) return "";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path made of dots and slashes (`/.//host`) normalises to `//host`: protocol-relative again.
  return path.startsWith("//") || path.startsWith("/\\") ? "" : path;
}
