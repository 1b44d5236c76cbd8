-- AlterTable
ALTER TABLE "SegmentRevision" ADD COLUMN "action" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Segment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'new',
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourceWords" INTEGER NOT NULL DEFAULT 0,
    "alignScore" REAL,
    "trackedBaseText" TEXT,
    "previousSourceText" TEXT,
    "reviewedVersion" INTEGER,
    "updatedById" TEXT,
    "translatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Segment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Segment_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Segment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Segment_translatedById_fkey" FOREIGN KEY ("translatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Segment" ("alignScore", "createdAt", "documentId", "id", "paragraphId", "position", "previousSourceText", "reviewedVersion", "sourceText", "sourceWords", "status", "targetText", "trackedBaseText", "updatedAt", "updatedById", "version") SELECT "alignScore", "createdAt", "documentId", "id", "paragraphId", "position", "previousSourceText", "reviewedVersion", "sourceText", "sourceWords", "status", "targetText", "trackedBaseText", "updatedAt", "updatedById", "version" FROM "Segment";
DROP TABLE "Segment";
ALTER TABLE "new_Segment" RENAME TO "Segment";
CREATE INDEX "Segment_documentId_position_idx" ON "Segment"("documentId", "position");
CREATE INDEX "Segment_paragraphId_idx" ON "Segment"("paragraphId");
-- Hand-edited: the translation's author is whoever wrote the words in place — the text pending a
-- tracked change if there is one, else the current text: the author of the latest revision that
-- brought that text in (a status-only revision, such as a rejection, is not authorship), else the
-- last editor.
UPDATE "Segment" SET "translatedById" = COALESCE((
  SELECT r."authorId" FROM "SegmentRevision" r
  LEFT JOIN "SegmentRevision" p ON p."segmentId" = r."segmentId" AND p."version" = r."version" - 1
  WHERE r."segmentId" = "Segment"."id"
    AND r."targetText" = COALESCE("Segment"."trackedBaseText", "Segment"."targetText")
    AND (p."id" IS NULL OR p."targetText" <> r."targetText")
  ORDER BY r."version" DESC LIMIT 1
), "updatedById") WHERE "targetText" <> '';
-- Hand-edited: a review decision whose text was edited afterwards no longer stands (the status said
-- reviewed or approved over words nobody reviewed): such segments go back to draft.
UPDATE "Segment" SET "status" = 'draft'
WHERE "status" IN ('reviewed', 'approved') AND "reviewedVersion" IS NOT NULL
  AND "targetText" IS NOT (SELECT r."targetText" FROM "SegmentRevision" r WHERE r."segmentId" = "Segment"."id" AND r."version" = "Segment"."reviewedVersion");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

