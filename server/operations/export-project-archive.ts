import { zipEntries, type ZipEntry } from "@/core/formats/zip/zip-entries";
import packageJson from "../../package.json";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import { exportAnnotations } from "../annotations/export-annotations";
import type { Db } from "../db/client";
import { exportDocument, type ExportedFile } from "../documents/export-document";
import { safeFileName } from "../documents/safe-file-name";
import { exportGlossary } from "../glossary/export-glossary";
import { exportTmx } from "../tm/export-tmx";

export const ARCHIVE_CONTENT_TYPE = "application/zip";
export const ARCHIVE_FORMAT = "lisiere-project-archive";
/** The archive holds the documents, the glossary and the memory: whoever may export all three may have it. */
export const ARCHIVE_ACTIONS = ["document.export", "glossary.export", "memory.export"] as const;

/** What manifest.json says of one document, and where its files are in the archive. */
export interface ArchivedDocument {
  id: string;
  title: string;
  sourceLanguage: string;
  targetLanguage: string;
  segments: number;
  annotations: number;
  files: { xliff: string; annotations: string };
}

/** manifest.json, the archive's table of contents (written last: it counts what was written). */
export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: 1;
  app: { name: "Lisière"; version: string };
  createdAt: string;
  project: { id: string; name: string; sourceLanguage: string; targetLanguage: string };
  documents: ArchivedDocument[];
  glossary: { file: string; entries: number };
  memory: { file: string; units: number };
  counts: { documents: number; segments: number; annotations: number; glossaryEntries: number; memoryUnits: number };
}

export interface ExportProjectArchiveOptions {
  actor: Actor;
  projectId: string;
  /** The app's address, for the annotations' document IRIs (as on the document's own export). */
  origin: string;
  ip?: string;
  /** Write each document's XLIFF in a worker thread (the server does; see exportDocument). */
  inWorker?: boolean;
  now?: Date;
}

/** `base`, or `base-2`, `base-3`… when another document already has that name. */
function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

/**
 * The whole project as one zip, for a team leaving a server or keeping a copy: every live document
 * as XLIFF 2.1, the glossary as TBX, the project's own memory as TMX, each document's annotations
 * as W3C Web Annotations (JSON-LD), and manifest.json. Each file is made by the use case that
 * exports it alone (same writers, same access checks, each audited as its export), a document at a
 * time as the zip is read, so memory holds one page of segments, not the project. Access is
 * checked for every part before the first byte, so a refusal is an error, not a truncated zip.
 */
export async function exportProjectArchive(db: Db, options: ExportProjectArchiveOptions): Promise<ExportedFile> {
  const { actor, projectId } = options;
  for (const action of ARCHIVE_ACTIONS) await requireProjectAction(db, actor, projectId, action);
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { id: true, name: true, sourceLanguage: true, targetLanguage: true },
  });
  const createdAt = (options.now ?? new Date()).toISOString();
  return {
    fileName: `${safeFileName(project.name, "project", 60)}-archive.zip`,
    contentType: ARCHIVE_CONTENT_TYPE,
    chunks: zipEntries(archiveEntries(db, options, { project, createdAt })),
  };
}

async function* archiveEntries(
  db: Db,
  options: ExportProjectArchiveOptions,
  context: { project: ArchiveManifest["project"]; createdAt: string },
): AsyncGenerator<ZipEntry> {
  const { actor, projectId, ip } = options;
  const documents = await db.document.findMany({
    where: { projectId, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, sourceLanguage: true, targetLanguage: true },
  });
  const taken = new Set<string>();
  const archived: ArchivedDocument[] = [];
  for (const document of documents) {
    const base = uniqueName(safeFileName(document.title, "document", 80), taken);
    const files = { xliff: `documents/${base}.xlf`, annotations: `annotations/${base}.annotations.jsonld` };
    const xliff = await exportDocument(db, { actor, documentId: document.id, format: "xliff", ip, inWorker: options.inWorker });
    yield { name: files.xliff, content: xliff.chunks };
    const annotations = await exportAnnotations(db, { actor, documentId: document.id, origin: options.origin, ip });
    yield { name: files.annotations, content: annotations.body };
    archived.push({
      ...document,
      segments: await db.segment.count({ where: { documentId: document.id } }),
      annotations: (JSON.parse(annotations.body) as { total: number }).total,
      files,
    });
  }
  const glossary = await exportGlossary(db, { actor, projectId, format: "tbx", ip });
  yield { name: "glossary.tbx", content: glossary.body };
  const glossaryEntries = await db.termEntry.count({ where: { projectId } });
  const memory = await exportTmx(db, { actor, projectId, ip });
  yield { name: "memory.tmx", content: memory.chunks };
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: 1,
    app: { name: "Lisière", version: packageJson.version },
    createdAt: context.createdAt,
    project: context.project,
    documents: archived,
    glossary: { file: "glossary.tbx", entries: glossaryEntries },
    memory: { file: "memory.tmx", units: memory.units },
    counts: {
      documents: archived.length,
      segments: archived.reduce((sum, d) => sum + d.segments, 0),
      annotations: archived.reduce((sum, d) => sum + d.annotations, 0),
      glossaryEntries,
      memoryUnits: memory.units,
    },
  };
  yield { name: "manifest.json", content: `${JSON.stringify(manifest, null, 2)}\n` };
}
