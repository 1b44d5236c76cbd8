import { createRequire } from "node:module";

// One home for the request size limit, shared with proxy.ts and the route handlers (request-limits.ts).
const { maxRequestMegabytes } = createRequire(import.meta.url)("./app/_lib/request-limits.json");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native module and generated client stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "harper.js"],
  experimental: {
    serverActions: { bodySizeLimit: `${maxRequestMegabytes}mb` },
    // When proxy.ts runs on a request with a body, Next buffers that body for it up to this size and
    // silently truncates the rest (10 MB by default: a 15 MB glossary upload arrived cut and failed).
    proxyClientMaxBodySize: `${maxRequestMegabytes}mb`,
  },
  // Browsers ask for /favicon.ico on their first visit whatever the page links; answer with the
  // app's icon (app/icon.svg) instead of a 404 in the console.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
