-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SegmentRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "segmentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "targetText" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "sourceText" TEXT,
    "sourceBefore" TEXT,
    "authorId" TEXT,
    "batchId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "documentId" TEXT NOT NULL,
    CONSTRAINT "SegmentRevision_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SegmentRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SegmentRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Hand-edited: each existing revision takes its document from its segment.
INSERT INTO "new_SegmentRevision" ("authorId", "batchId", "createdAt", "id", "segmentId", "sourceBefore", "sourceText", "status", "targetText", "version", "documentId") SELECT r."authorId", r."batchId", r."createdAt", r."id", r."segmentId", r."sourceBefore", r."sourceText", r."status", r."targetText", r."version", s."documentId" FROM "SegmentRevision" r JOIN "Segment" s ON s."id" = r."segmentId";
DROP TABLE "SegmentRevision";
ALTER TABLE "new_SegmentRevision" RENAME TO "SegmentRevision";
CREATE INDEX "SegmentRevision_batchId_idx" ON "SegmentRevision"("batchId");
CREATE INDEX "SegmentRevision_documentId_createdAt_id_idx" ON "SegmentRevision"("documentId", "createdAt", "id");
CREATE INDEX "SegmentRevision_documentId_authorId_idx" ON "SegmentRevision"("documentId", "authorId");
CREATE UNIQUE INDEX "SegmentRevision_segmentId_version_key" ON "SegmentRevision"("segmentId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

