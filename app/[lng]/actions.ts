"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { createProject } from "@/server/projects/create-project";
import { isLanguage } from "@/i18n/settings";
import { currentActor } from "../_lib/current-actor";
import { actionError, type ActionState } from "../_lib/action-result";

const ZCreateProjectInput = z.object({
  lng: z.string().refine(isLanguage),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional().default(""),
});

/** Creates a project owned by the caller and opens it. */
export async function createProjectAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = ZCreateProjectInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: input.error.issues[0]?.message ?? "Invalid input" };
  let projectId: string;
  try {
    projectId = (await createProject(getDb(), { actor: await currentActor(), name: input.data.name, description: input.data.description })).id;
  } catch (error) {
    return actionError(error);
  }
  redirect(`/${input.data.lng}/projects/${projectId}`);
}
