import { NextResponse, type NextRequest } from "next/server";
import { isLanguage, LANGUAGE_COOKIE, languageFromAcceptLanguage } from "./i18n/settings";

/**
 * The page Content-Security-Policy: scripts only from us or carrying this response's nonce (Next.js
 * puts it on its own inline scripts); styles may be inline because React and the virtual list set
 * style attributes; nothing may frame the app.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Puts the interface language in the URL (`/x` → `/{cookie or Accept-Language}/x`) and sets the CSP. */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (!isLanguage(first)) {
    const cookie = request.cookies.get(LANGUAGE_COOKIE)?.value;
    const lng = isLanguage(cookie) ? cookie : languageFromAcceptLanguage(request.headers.get("accept-language"));
    const url = request.nextUrl.clone();
    url.pathname = `/${lng}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    return NextResponse.redirect(url);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but API routes, Next's own files and files with an extension.
  matcher: ["/((?!api|_next|.*\\..*).*)"],
};
