import { listProjects } from "@/server/projects/list-projects";
import { apiRoute } from "../_lib/api-route";

/** The caller's projects, with their role, document count and progress. */
export const GET = apiRoute(async ({ db, actor }) => ({ data: await listProjects(db, { actor }) }));
