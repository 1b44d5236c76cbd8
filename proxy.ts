import { NextResponse, type NextRequest } from "next/server";
import { MAX_REQUEST_BYTES, megabytes } from "./app/_lib/request-limits";
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

/**
 * Refuses a body over MAX_REQUEST_BYTES by its declared length, before anything reads it (413).
 * Browsers always declare it for forms and uploads; a body sent without a length is cut off by
 * Next's own server-action limit, which is the same number (next.config.js).
 */
export function refuseOversizedBody(request: NextRequest): NextResponse | null {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (!(declared > MAX_REQUEST_BYTES)) return null;
  return new NextResponse(`The request is ${megabytes(declared)}; the limit is ${megabytes(MAX_REQUEST_BYTES)}.\n`, {
    status: 413,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** Puts the interface language in the URL (`/x` → `/{cookie or Accept-Language}/x`) and sets the CSP. */
export function proxy(request: NextRequest) {
  const oversized = refuseOversizedBody(request);
  if (oversized) return oversized;
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
  matcher: [
    // Pages: everything but API routes (they check their own bodies), Next's own files and files
    // with an extension. Server actions are left out: Next would buffer a copy of every action body
    // for the proxy, which has nothing to do with them…
    { source: "/((?!api|_next|.*\\..*).*)", missing: [{ type: "header", key: "next-action" }] },
    // …except those declaring 10 MB or more, so that refuseOversizedBody sees them.
    {
      source: "/((?!api|_next|.*\\..*).*)",
      has: [
        { type: "header", key: "next-action" },
        { type: "header", key: "content-length", value: "\\d{8,}" },
      ],
    },
  ],
};
