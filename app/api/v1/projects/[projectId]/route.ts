import { getProject } from "@/server/projects/get-project";
import { apiRoute } from "../../_lib/api-route";

/** One project: name, languages, the caller's role, progress. */
export const GET = apiRoute<{ projectId: string }>(async ({ db, actor, params }) => getProject(db, { actor, projectId: params.projectId }));
