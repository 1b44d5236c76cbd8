import type { TermbaseEntry } from "@/core/terms/termbase-entry";

export type Usage = "all" | "used" | "unused";

/** Accent- and case-insensitive form for searching («chaine» finds «chaîne»). */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/** Entries matching a free-text query (every query word starts a word of some field), a domain and a usage filter. */
export function filterEntries<E extends TermbaseEntry & { occurrences: number }>(
  entries: readonly E[],
  filter: { query: string; domain: string; usage: Usage },
): E[] {
  const words = searchKey(filter.query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filter.domain && entry.domain !== filter.domain) return false;
    if (filter.usage === "used" && entry.occurrences === 0) return false;
    if (filter.usage === "unused" && entry.occurrences > 0) return false;
    if (words.length === 0) return true;
    const tokens = searchKey(
      [entry.source, entry.preferred, ...(entry.admitted ?? []), ...(entry.forbidden ?? []), entry.definition, entry.note, entry.domain].join(" "),
    ).split(/[\s,;:.()«»"]+/);
    return words.every((word) => tokens.some((token) => token.startsWith(word)));
  });
}
