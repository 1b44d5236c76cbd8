import { getT } from "@/i18n/server";
import { FALLBACK_LANGUAGE, isLanguage } from "@/i18n/settings";

/**
 * "Not found" / « Introuvable » for the tab of a 404 page. Pages that may end in notFound() return
 * it from generateMetadata when their load fails: the browser keeps the page's own metadata (Next
 * sends it in the page's payload), not the not-found file's, once the page has hydrated.
 */
export function notFoundTitle(lng: string | undefined): string {
  return getT(isLanguage(lng) ? lng : FALLBACK_LANGUAGE, "common")("notFound.title");
}
