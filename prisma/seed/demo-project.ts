import fs from "node:fs";
import path from "node:path";
import type { Actor } from "@/server/access/actor";
import type { Db } from "@/server/db/client";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";

export const DEMO_FILE = path.join(import.meta.dirname, "anthropic-pentagone.fr.txt");
export const DEMO_PROJECT_NAME = "Démo — presse";
export const DEMO_TITLE = "Anthropic et le Pentagone";

/** Creates the demo project and imports the demo article through the same use case as a user's upload. */
export async function seedDemoProject(db: Db, actor: Actor) {
  const project = await createProject(db, {
    actor,
    name: DEMO_PROJECT_NAME,
    description: "Un article de presse à traduire en anglais.",
  });
  const { documentId } = await importDocument(db, {
    actor,
    projectId: project.id,
    content: new Uint8Array(fs.readFileSync(DEMO_FILE)),
    fileName: path.basename(DEMO_FILE),
    title: DEMO_TITLE,
  });
  return { projectId: project.id, documentId };
}
