import fs from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { recordId } from "@/actions/_lib/input-schemas";
import { getDb } from "@/server/db/client";
import { endProgress, progressReporter } from "@/server/jobs/progress-board";
import { exportTmx } from "@/server/tm/export-tmx";
import { checkTmxImport, importTmx, MAX_TMX_BYTES } from "@/server/tm/import-tmx";
import { receiveTmxUpload } from "@/server/tm/tmx-upload";
import { clientIp, currentActor } from "@/app/_lib/current-actor";
import { errorResponse, streamResponse } from "@/app/_lib/file-response";

type Params = { params: Promise<{ projectId: string }> };

const ZImportQuery = z.object({
  projectId: recordId,
  fileName: z.string().trim().min(1).max(300).default("memory.tmx"),
  progressToken: z.string().max(100).optional(),
});

const invalid = (issues: z.ZodError) => NextResponse.json({ code: "INVALID_INPUT", message: issues.issues[0]?.message ?? "Invalid input" }, { status: 400 });

/**
 * Downloads the project's translation memory as TMX 1.4b, written as it is sent
 * (`application/x-tmx+xml`, attachment `<project>-memory.tmx`).
 */
export async function GET(_request: NextRequest, { params }: Params) {
  const id = recordId.safeParse((await params).projectId);
  if (!id.success) return invalid(id.error);
  try {
    return streamResponse(await exportTmx(getDb(), { actor: await currentActor(), projectId: id.data, ip: await clientIp() }));
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * Imports a TMX file sent as the raw request body (not a form), all or nothing:
 * `POST …/memory/tmx?fileName=agence.tmx&progressToken=<uuid>` → 200 {read, imported, skipped,
 * inserted, updated}. The caller's right to import is checked before any of the body is read; the
 * body is received into a temporary file (413 past MAX_TMX_BYTES, declared or counted), then read
 * into the memory while /api/progress/<progressToken> reports {stage: "reading", done, total} in bytes.
 */
export async function POST(request: NextRequest, { params }: Params) {
  const search = request.nextUrl.searchParams;
  const query = ZImportQuery.safeParse({
    projectId: (await params).projectId,
    fileName: search.get("fileName") ?? undefined,
    progressToken: search.get("progressToken") ?? undefined,
  });
  if (!query.success) return invalid(query.error);
  const { projectId, progressToken } = query.data;
  try {
    const actor = await currentActor();
    const db = getDb();
    await checkTmxImport(db, actor, projectId);
    const upload = await receiveTmxUpload(request.body, Number(request.headers.get("content-length") ?? 0), MAX_TMX_BYTES);
    try {
      const result = await importTmx(db, {
        actor,
        projectId,
        bytes: fs.createReadStream(upload.file, { highWaterMark: 1 << 16 }),
        totalBytes: upload.bytes,
        fileName: path.basename(query.data.fileName),
        onProgress: progressReporter(progressToken, actor.userId),
        ip: await clientIp(),
      });
      return NextResponse.json(result);
    } finally {
      upload.discard();
    }
  } catch (error) {
    return errorResponse(error);
  } finally {
    await endProgress(progressToken);
  }
}
