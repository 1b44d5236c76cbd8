import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { EXPORT_FORMATS, exportDocument } from "@/server/documents/export-document";
import { isAppError } from "@/server/errors";
import { clientIp, currentActor } from "@/app/_lib/current-actor";

const ZExportQuery = z.object({ format: z.enum(EXPORT_FORMATS) });

/** Downloads a document in one of the export formats. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const query = ZExportQuery.safeParse({ format: request.nextUrl.searchParams.get("format") });
  if (!query.success) return NextResponse.json({ code: "INVALID_INPUT", message: `format must be one of ${EXPORT_FORMATS.join(", ")}` }, { status: 400 });
  try {
    const file = await exportDocument(getDb(), { actor: await currentActor(), documentId, format: query.data.format, ip: await clientIp() });
    return new NextResponse(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        // The bilingual page is a download; never let it run anything if opened from our origin.
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json(error.toJSON(), { status: error.status });
    throw error;
  }
}
