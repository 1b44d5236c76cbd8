import { PATHS } from "./operations";
import { SCHEMAS } from "./schemas";

/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/openapi.json. Built in code next to the
 * route handlers; tests/integration/api-openapi.test.ts checks it against the routes both ways.
 */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Lisière REST API",
      version: "1.0.0",
      description:
        "Projects, documents, segments, glossary, translation memory and comments of a Lisière workbench. Authenticate with a personal access token created on the Account page: `Authorization: Bearer lis_…`. A read token can read and export; a write token can also import, save and comment, within the caller's role in each project. Errors are `{error: {code, message, details?}}`. Requests are rate-limited per token (429 with Retry-After).",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerToken: [] }],
    tags: ["projects", "documents", "segments", "comments", "glossary", "memory"].map((name) => ({ name })),
    paths: PATHS,
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal access token (lis_…) from the Account page." },
      },
    },
  };
}
