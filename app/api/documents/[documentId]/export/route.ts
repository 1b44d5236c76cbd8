import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { DEFAULT_ENGLISH_TEXT_OPTIONS, DRAFT_POLICIES, MISSING_TRANSLATION_POLICIES } from "@/core/formats/english-text";
import { LANGUAGES } from "@/i18n/settings";
import { getDb } from "@/server/db/client";
import { EXPORT_FORMATS, exportDocument } from "@/server/documents/export-document";
import { clientIp, currentActor } from "@/app/_lib/current-actor";
import { errorResponse, streamResponse } from "@/app/_lib/file-response";

// Under next start the export is written in a worker thread (Turbopack bundles the worker's
// TypeScript); where the route is called directly (tests) there is no bundle, so it runs inline.
const IN_NEXT_SERVER = process.env.NEXT_RUNTIME === "nodejs";

const ZExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(", ")}` }),
  missing: z
    .enum(MISSING_TRANSLATION_POLICIES, { error: `missing must be one of ${MISSING_TRANSLATION_POLICIES.join(", ")}` })
    .default(DEFAULT_ENGLISH_TEXT_OPTIONS.missing),
  drafts: z.enum(DRAFT_POLICIES, { error: `drafts must be one of ${DRAFT_POLICIES.join(", ")}` }).default(DEFAULT_ENGLISH_TEXT_OPTIONS.drafts),
  qa: z.enum(["0", "1"], { error: "qa must be 0 or 1" }).default("0"),
  lang: z.enum(LANGUAGES, { error: `lang must be one of ${LANGUAGES.join(", ")}` }).default("en"),
});

/**
 * Downloads a document in one of the export formats. For the English ones, `missing` and `drafts`
 * choose what stands for untranslated and unconfirmed segments; `missing=fail` answers 409
 * {code: "INCOMPLETE_TRANSLATION", message: "3 of 18 segments are not translated yet."} when any is.
 * For XLIFF, `qa=1` adds the QA report as ITS quality issue annotations, messages in `lang`.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const search = request.nextUrl.searchParams;
  const query = ZExportQuery.safeParse({
    format: search.get("format"),
    missing: search.get("missing") ?? undefined,
    drafts: search.get("drafts") ?? undefined,
    qa: search.get("qa") ?? undefined,
    lang: search.get("lang") ?? undefined,
  });
  if (!query.success) return NextResponse.json({ code: "INVALID_INPUT", message: query.error.issues[0]?.message ?? "Invalid query" }, { status: 400 });
  const { format, missing, drafts, qa, lang } = query.data;
  try {
    return streamResponse(
      await exportDocument(getDb(), {
        actor: await currentActor(),
        documentId,
        format,
        english: { missing, drafts },
        ...(qa === "1" ? { qaReport: { lang } } : {}),
        ip: await clientIp(),
        inWorker: IN_NEXT_SERVER,
      }),
    );
  } catch (error) {
    // The bilingual page is a download; the response's CSP keeps it inert if opened from our origin.
    return errorResponse(error);
  }
}
