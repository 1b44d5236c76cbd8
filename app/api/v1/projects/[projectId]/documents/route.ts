import path from "node:path";
import { z } from "zod";
import { requireProjectAction } from "@/server/access/require-project-action";
import { importDocument } from "@/server/documents/import-document";
import { listDocuments } from "@/server/documents/list-documents";
import { apiRoute, parseInput } from "../../../_lib/api-route";
import { readUploadBody } from "../../../_lib/read-upload-body";

type Params = { projectId: string };

/** The project's live documents, newest first, each with its progress. */
export const GET = apiRoute<Params>(async ({ db, actor, params }) => {
  const { documents } = await listDocuments(db, { actor, projectId: params.projectId });
  return { data: documents };
});

const ZImportQuery = z.object({
  fileName: z.string().trim().min(1).max(300).optional(),
  title: z.string().trim().min(1).max(300).optional(),
  segmentation: z.enum(["sentence", "paragraph"]).default("sentence"),
});

/**
 * Imports a file as a new document (any format the Import page takes: text, Markdown, HTML, Word,
 * XLIFF): raw body with `?fileName=`, or multipart with a `file` field. 201 {documentId, segments}.
 */
export const POST = apiRoute<Params>(async ({ db, actor, params, request }) => {
  const search = request.nextUrl.searchParams;
  const query = parseInput(ZImportQuery, {
    fileName: search.get("fileName") ?? undefined,
    title: search.get("title") ?? undefined,
    segmentation: search.get("segmentation") ?? undefined,
  });
  // Access first: a viewer's upload is refused before a byte of it is read.
  await requireProjectAction(db, actor, params.projectId, "document.import");
  const upload = await readUploadBody(request);
  const fileName = upload.fileName ?? query.fileName;
  const result = await importDocument(db, {
    actor,
    projectId: params.projectId,
    content: upload.bytes,
    fileName: fileName ? path.basename(fileName) : undefined,
    title: query.title,
    segmentation: query.segmentation,
  });
  return Response.json(result, { status: 201, headers: { Location: `/api/v1/documents/${result.documentId}` } });
});
