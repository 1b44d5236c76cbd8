/** Collapses runs of ASCII spaces, tabs and line breaks and trims; no-break spaces are French typography and stay. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n]+/gu, " ").trim();
}
