import { z } from "zod";
import { GLOSSARY_FORMATS, exportGlossary } from "@/server/glossary/export-glossary";
import { listTermEntries } from "@/server/glossary/list-term-entries";
import { fileResponse } from "@/app/_lib/file-response";
import { apiRoute, parseInput } from "../../../_lib/api-route";

const ZQuery = z.object({ format: z.enum(["json", ...GLOSSARY_FORMATS]).default("json") });

/** The project's termbase: JSON entries, or `?format=tbx|csv` as the file the Glossary page exports. */
export const GET = apiRoute<{ projectId: string }>(async ({ db, actor, params, request, ip }) => {
  const { format } = parseInput(ZQuery, { format: request.nextUrl.searchParams.get("format") ?? undefined });
  if (format === "json") return { data: (await listTermEntries(db, { actor, projectId: params.projectId })).entries };
  return fileResponse(await exportGlossary(db, { actor, projectId: params.projectId, format, ip }));
});
