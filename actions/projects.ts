"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { createProject } from "@/server/projects/create-project";
import { isLanguage } from "@/i18n/settings";
import type { FormState } from "./_lib/action-result";
import { runAction } from "./_lib/run-action";

const ZCreateProjectInput = z.object({
  lng: z.string().refine(isLanguage),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional().default(""),
});

/** Creates a project owned by the caller and opens it. */
export async function createProjectAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(ZCreateProjectInput, Object.fromEntries(form), async (data, actor) => {
    const project = await createProject(getDb(), { actor, name: data.name, description: data.description });
    return `/${data.lng}/projects/${project.id}`;
  });
  return result.ok ? redirect(result.value) : result;
}
