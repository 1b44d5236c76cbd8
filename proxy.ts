import { NextResponse, type NextRequest } from "next/server";
import { isLanguage, LANGUAGE_COOKIE, languageFromAcceptLanguage } from "./i18n/settings";

/** Puts the interface language in the URL: `/x` → `/{cookie or Accept-Language}/x`. */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (isLanguage(first)) return NextResponse.next();
  const cookie = request.cookies.get(LANGUAGE_COOKIE)?.value;
  const lng = isLanguage(cookie) ? cookie : languageFromAcceptLanguage(request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${lng}${pathname === "/" ? "" : pathname}`;
  url.search = search;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but API routes, Next's own files and files with an extension.
  matcher: ["/((?!api|_next|.*\\..*).*)"],
};
