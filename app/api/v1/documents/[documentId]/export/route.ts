import { z } from "zod";
import { DEFAULT_ENGLISH_TEXT_OPTIONS, DRAFT_POLICIES, MISSING_TRANSLATION_POLICIES } from "@/core/formats/english-text";
import { EXPORT_FORMATS, exportDocument } from "@/server/documents/export-document";
import { streamResponse } from "@/app/_lib/file-response";
import { apiRoute, parseInput } from "../../../_lib/api-route";

// As in the app's own export route: a worker thread under next start, inline where tests call it.
const IN_NEXT_SERVER = process.env.NEXT_RUNTIME === "nodejs";

const ZExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(", ")}` }),
  missing: z.enum(MISSING_TRANSLATION_POLICIES).default(DEFAULT_ENGLISH_TEXT_OPTIONS.missing),
  drafts: z.enum(DRAFT_POLICIES).default(DEFAULT_ENGLISH_TEXT_OPTIONS.drafts),
});

/** The document as a file in any export format (the same writers as the Export menu). */
export const GET = apiRoute<{ documentId: string }>(async ({ db, actor, params, request, ip }) => {
  const search = request.nextUrl.searchParams;
  const query = parseInput(ZExportQuery, {
    format: search.get("format") ?? undefined,
    missing: search.get("missing") ?? undefined,
    drafts: search.get("drafts") ?? undefined,
  });
  const file = await exportDocument(db, {
    actor,
    documentId: params.documentId,
    format: query.format,
    english: { missing: query.missing, drafts: query.drafts },
    ip,
    inWorker: IN_NEXT_SERVER,
  });
  return streamResponse(file);
});
