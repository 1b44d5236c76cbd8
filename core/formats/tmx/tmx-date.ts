/**
 * TMX dates: ISO 8601 basic format in UTC, `YYYYMMDDThhmmssZ` (TMX 1.4b, "creationdate"). Readers
 * meet variants in the wild (extended `2024-03-05T10:20:30Z`, no seconds, no Z); those that name
 * a real instant are accepted, anything else is ignored rather than refusing the unit.
 */

const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?Z?$/u;

/** The instant a TMX date names, or undefined when it is absent or unreadable. */
export function parseTmxDate(value: string | undefined): Date | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const basic = BASIC.exec(text);
  const date = basic
    ? new Date(Date.UTC(+basic[1], +basic[2] - 1, +basic[3], +basic[4], +basic[5], +(basic[6] ?? 0)))
    : /^\d{4}-\d{2}-\d{2}/u.test(text)
      ? new Date(text)
      : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** `date` as TMX writes it (seconds precision, UTC). */
export function formatTmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/u, "Z")
    .replace(/[-:]/gu, "");
}
