import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { languageParam } from "@/app/_lib/language";
import { notFoundTitle } from "@/app/_lib/not-found-title";

// Rendered per request, like every page, so that it carries the CSP nonce of its response.
export const dynamic = "force-dynamic";

/**
 * Any URL under a language that no page answers (/en/projects, /fr/nope, and /de after the proxy
 * sent it to /en/de): the language's own not-found page, inside its layout (header, <html lang>),
 * instead of Next.js's bare English one.
 */
export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  return { title: notFoundTitle((await params).lng) };
}

export default async function Missing({ params }: { params: Promise<{ lng: string; missing: string[] }> }) {
  await languageParam(params);
  notFound();
}
