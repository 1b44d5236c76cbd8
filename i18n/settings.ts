/** Interface languages, namespaces and how the locale is chosen. Framework-free so tests can use it. */
export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = "en";
export const NAMESPACES = ["common", "projects", "workbench", "auth", "members", "glossary", "review", "comments", "activity", "memory", "qa"] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const LANGUAGE_COOKIE = "lisiere-lang";

export function isLanguage(value: string | undefined | null): value is Language {
  return !!value && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header (q-values honoured). */
export function languageFromAcceptLanguage(header: string | null | undefined): Language {
  if (!header) return FALLBACK_LANGUAGE;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) || 0 : 1, order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((entry) => entry.base).find(isLanguage) ?? FALLBACK_LANGUAGE;
}
