/** For tests: the schema files check-schema.ts needs, read from core/formats/xliff/schemas/. */

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SchemaFiles } from "../validate/check-schema";

const DIR = fileURLToPath(new URL("../schemas/", import.meta.url));

export function testSchemaFiles(): SchemaFiles {
  const files: SchemaFiles = {};
  for (const entry of readdirSync(DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".xsd")) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(DIR, full).split(path.sep).join("/")] = readFileSync(full);
  }
  return files;
}
