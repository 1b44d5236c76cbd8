import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { GLOSSARY_FORMATS, exportGlossary } from "@/server/glossary/export-glossary";
import { clientIp, currentActor } from "@/app/_lib/current-actor";
import { errorResponse, fileResponse } from "@/app/_lib/file-response";

const ZQuery = z.object({ format: z.enum(GLOSSARY_FORMATS) });

/** Downloads the project's termbase as TBX-Basic or CSV. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const query = ZQuery.safeParse({ format: request.nextUrl.searchParams.get("format") });
  if (!query.success) return NextResponse.json({ code: "INVALID_INPUT", message: `format must be one of ${GLOSSARY_FORMATS.join(", ")}` }, { status: 400 });
  try {
    return fileResponse(await exportGlossary(getDb(), { actor: await currentActor(), projectId, format: query.data.format, ip: await clientIp() }));
  } catch (error) {
    return errorResponse(error);
  }
}
