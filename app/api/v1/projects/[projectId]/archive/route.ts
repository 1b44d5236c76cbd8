import { exportProjectArchive } from "@/server/operations/export-project-archive";
import { streamResponse } from "@/app/_lib/file-response";
import { apiRoute } from "../../../_lib/api-route";

// As in the document export route: XLIFF written in a worker thread under next start, inline in tests.
const IN_NEXT_SERVER = process.env.NEXT_RUNTIME === "nodejs";

/**
 * The whole project as one zip (XLIFF per document, TBX glossary, TMX memory, annotations as
 * JSON-LD, manifest.json), made as it is downloaded. Also the project page's "Download the project"
 * link: a browser session is accepted like a token.
 */
export const GET = apiRoute<{ projectId: string }>(async ({ db, actor, params, request, ip }) =>
  streamResponse(await exportProjectArchive(db, { actor, projectId: params.projectId, origin: request.nextUrl.origin, ip, inWorker: IN_NEXT_SERVER })),
);
