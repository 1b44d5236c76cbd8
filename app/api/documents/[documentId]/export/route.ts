import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { EXPORT_FORMATS, exportDocument } from "@/server/documents/export-document";
import { clientIp, currentActor } from "@/app/_lib/current-actor";
import { errorResponse, fileResponse } from "@/app/_lib/file-response";

const ZExportQuery = z.object({ format: z.enum(EXPORT_FORMATS) });

/** Downloads a document in one of the export formats. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const query = ZExportQuery.safeParse({ format: request.nextUrl.searchParams.get("format") });
  if (!query.success) return NextResponse.json({ code: "INVALID_INPUT", message: `format must be one of ${EXPORT_FORMATS.join(", ")}` }, { status: 400 });
  try {
    return fileResponse(await exportDocument(getDb(), { actor: await currentActor(), documentId, format: query.data.format, ip: await clientIp() }));
  } catch (error) {
    // The bilingual page is a download; fileResponse's CSP keeps it inert if opened from our origin.
    return errorResponse(error);
  }
}
