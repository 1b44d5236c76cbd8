import { getDocument } from "@/server/documents/get-document";
import { apiRoute } from "../../_lib/api-route";

/** One document: title, project, dates, progress. */
export const GET = apiRoute<{ documentId: string }>(async ({ db, actor, params }) => getDocument(db, { actor, documentId: params.documentId }));
