-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sourceLanguage" TEXT NOT NULL DEFAULT 'fr',
    "targetLanguage" TEXT NOT NULL DEFAULT 'en',
    "documentDate" TEXT,
    "originFileName" TEXT,
    "segmentation" TEXT NOT NULL DEFAULT 'sentence',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "deletedById" TEXT,
    CONSTRAINT "Document_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Document_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Document_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Document" ("createdAt", "createdById", "documentDate", "id", "originFileName", "projectId", "segmentation", "sourceLanguage", "targetLanguage", "title", "updatedAt") SELECT "createdAt", "createdById", "documentDate", "id", "originFileName", "projectId", "segmentation", "sourceLanguage", "targetLanguage", "title", "updatedAt" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE INDEX "Document_projectId_idx" ON "Document"("projectId");
CREATE INDEX "Document_projectId_deletedAt_idx" ON "Document"("projectId", "deletedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

