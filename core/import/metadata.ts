/**
 * Metadata that may precede a document's text: a `date YYYY-MM-DD` token (as pasted from a news
 * site, often on the same line as the first paragraph) or YAML front matter in Markdown.
 */

export interface MetadataSplit {
  date?: string;
  /** The text after the metadata. */
  rest: string;
}

// Horizontal whitespace only between "date" and its value, so a word "date" ending a line stays text.
const DATE_TOKEN = /^\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)[ \t]*/iu;
const FRONT_MATTER = /^(?:[ \t]*\n)*---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/u;
// Front matter holds "key: value" lines; without one, the opening --- is a thematic break.
const YAML_KEY = /^[A-Za-z_][\w-]*[ \t]*:/mu;
const FRONT_MATTER_DATE = /^date[ \t]*:[ \t]*["']?(\d{4}-\d{2}-\d{2})(?:[T ][^\n"']*)?["']?[ \t]*$/mu;

/** Whether `iso` (YYYY-MM-DD) names a day that exists in the Gregorian calendar. */
export function isCalendarDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Removes a leading `date YYYY-MM-DD` token when it names a real date; otherwise returns the text unchanged. */
export function takeDateToken(text: string): MetadataSplit {
  const match = DATE_TOKEN.exec(text);
  if (!match || !isCalendarDate(match[1])) return { rest: text };
  return { date: match[1], rest: text.slice(match[0].length) };
}

/** Removes YAML front matter (--- … ---) at the top of a Markdown text, reading its `date:` if valid. */
export function takeFrontMatter(text: string): MetadataSplit {
  const match = FRONT_MATTER.exec(text);
  const yaml = match?.[1] ?? "";
  if (!match || !YAML_KEY.test(yaml)) return { rest: text };
  const date = FRONT_MATTER_DATE.exec(yaml)?.[1];
  const rest = text.slice(match[0].length);
  return date !== undefined && isCalendarDate(date) ? { date, rest } : { rest };
}
