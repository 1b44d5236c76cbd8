import { notFound } from "next/navigation";
import { isLanguage, type Language } from "@/i18n/settings";

/** The `[lng]` route parameter, or a 404 for anything but a supported language. */
export async function languageParam(params: Promise<{ lng: string }>): Promise<Language> {
  const { lng } = await params;
  if (!isLanguage(lng)) notFound();
  return lng;
}
