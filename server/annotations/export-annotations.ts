import { toWebAnnotationCollection, type AnnotationRecord } from "@/core/annotations/web-annotation";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { safeFileName } from "../documents/safe-file-name";
import { toTermbaseEntry } from "../glossary/term-entry-fields";
import { listAnnotations } from "./list-annotations";

/**
 * A document's glosses and notes as a W3C Web Annotation collection (JSON-LD). The document's IRI
 * is its page in the app (under `origin`); segments and annotations are fragments of it.
 */
export async function exportAnnotations(db: Db, options: { actor: Actor; documentId: string; origin: string; ip?: string }) {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "document.export");
  const documentIri = `${options.origin}/en/projects/${projectId}/documents/${options.documentId}`;
  const document = await db.document.findUniqueOrThrow({ where: { id: options.documentId }, select: { title: true } });
  const views = await listAnnotations(db, options.documentId);
  const rows = await db.annotation.findMany({ where: { documentId: options.documentId }, select: { id: true, prefix: true, suffix: true, termEntry: true } });
  const extra = new Map(rows.map((r) => [r.id, r]));
  const records: AnnotationRecord[] = views.map((view) => {
    const row = extra.get(view.id);
    const entry = row?.termEntry ? toTermbaseEntry(row.termEntry) : null;
    return {
      id: view.id,
      kind: view.kind,
      segmentId: view.segmentId,
      status: view.status,
      anchor: { start: view.start, end: view.end, exact: view.exact, prefix: row?.prefix ?? "", suffix: row?.suffix ?? "" },
      note: view.body,
      gloss: entry
        ? {
            source: entry.source,
            preferred: entry.preferred,
            admitted: entry.admitted,
            forbidden: entry.forbidden,
            definition: entry.definition,
            domain: entry.domain,
            partOfSpeech: entry.partOfSpeech,
            sourceUrl: entry.sourceUrl,
          }
        : undefined,
      author: view.author,
      created: view.createdAt,
      modified: view.updatedAt,
    };
  });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId,
    action: "annotations.exported",
    targetType: "document",
    targetId: options.documentId,
    details: { count: records.length },
    ip: options.ip,
  });
  const collection = toWebAnnotationCollection(records, {
    documentIri: documentIri,
    documentTitle: document.title,
    segmentIri: (id) => `${documentIri}#segment-${id}`,
    annotationIri: (id) => `${documentIri}#annotation-${id}`,
  });
  const base = safeFileName(document.title, "document", 60);
  return {
    fileName: `${base}-annotations.jsonld`,
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    body: JSON.stringify(collection, null, 2),
  };
}
