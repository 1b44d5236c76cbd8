import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { exportQaReport } from "@/server/qa/export-qa-report";
import { LANGUAGES } from "@/i18n/settings";
import { currentActor } from "@/app/_lib/current-actor";
import { errorResponse, fileResponse } from "@/app/_lib/file-response";

const ZQuery = z.object({ lang: z.enum(LANGUAGES, { error: `lang must be one of ${LANGUAGES.join(", ")}` }).default("en") });

/** Downloads the document's QA report as CSV, messages in `lang` (en by default). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const query = ZQuery.safeParse({ lang: request.nextUrl.searchParams.get("lang") ?? undefined });
  if (!query.success) return NextResponse.json({ code: "INVALID_INPUT", message: query.error.issues[0]?.message ?? "Invalid query" }, { status: 400 });
  try {
    return fileResponse(await exportQaReport(getDb(), await currentActor(), documentId, { lang: query.data.lang }));
  } catch (error) {
    return errorResponse(error);
  }
}
