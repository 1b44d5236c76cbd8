import fs from "node:fs";
import path from "node:path";
import type { SchemaFiles } from "@/core/formats/xliff/validate/check-schema";
import { PROJECT_ROOT } from "../db/database-url";

/**
 * The XLIFF 2.1 schemas strict import validates against, read once from core/formats/xliff/schemas/
 * under the project root (not from this file's location: inside the Next.js bundle that is under
 * .next/). Files on disk, not in the bundle: nothing is fetched, and xmllint can read the same ones.
 */
const SCHEMA_DIR = path.join(PROJECT_ROOT, "core", "formats", "xliff", "schemas");

let cached: SchemaFiles | undefined;

export function xliffSchemaFiles(): SchemaFiles {
  if (cached) return cached;
  const files: SchemaFiles = {};
  for (const entry of fs.readdirSync(SCHEMA_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".xsd")) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(SCHEMA_DIR, full).split(path.sep).join("/")] = fs.readFileSync(full);
  }
  cached = files;
  return files;
}
