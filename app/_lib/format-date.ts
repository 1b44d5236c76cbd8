/** A calendar date (YYYY-MM-DD) in the reader's language: « 28 février 2026 », "28 February 2026". */
export function formatCalendarDate(isoDate: string, lng: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lng === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date);
}
