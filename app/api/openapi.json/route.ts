import { NextResponse } from "next/server";
import { openApiDocument } from "@/app/api/v1/_lib/openapi/openapi-document";

/** The OpenAPI 3.1 description of /api/v1 (public: it describes the API, not anyone's data). */
export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
