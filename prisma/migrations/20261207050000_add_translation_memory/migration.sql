-- AlterTable
ALTER TABLE "Segment" ADD COLUMN "matchOrigin" TEXT;
ALTER TABLE "Segment" ADD COLUMN "matchScore" REAL;

-- CreateTable
CREATE TABLE "TmUnit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "pairHash" TEXT NOT NULL,
    "sourceKeys" TEXT NOT NULL,
    "sourceLength" INTEGER NOT NULL,
    "contextHash" TEXT,
    "status" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "segmentId" TEXT,
    "documentId" TEXT,
    "documentTitle" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "authorName" TEXT NOT NULL DEFAULT '',
    "sourceLang" TEXT NOT NULL DEFAULT 'fr',
    "targetLang" TEXT NOT NULL DEFAULT 'en',
    "metadata" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TmUnit_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TmUnit_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TmAttachment" (
    "projectId" TEXT NOT NULL,
    "memoryProjectId" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("projectId", "memoryProjectId"),
    CONSTRAINT "TmAttachment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TmAttachment_memoryProjectId_fkey" FOREIGN KEY ("memoryProjectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (a constant default lets SQLite add the column in place, no table rebuild)
ALTER TABLE "Project" ADD COLUMN "autoPropagate" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "TmUnit_segmentId_idx" ON "TmUnit"("segmentId");

-- CreateIndex
CREATE INDEX "TmUnit_projectId_sourceLength_idx" ON "TmUnit"("projectId", "sourceLength");

-- CreateIndex
CREATE UNIQUE INDEX "TmUnit_projectId_pairHash_key" ON "TmUnit"("projectId", "pairHash");

-- CreateIndex
CREATE INDEX "TmAttachment_memoryProjectId_idx" ON "TmAttachment"("memoryProjectId");


-- Full-text indexes of the memory, kept in step with TmUnit by triggers (Prisma cannot model
-- virtual tables: a later `prisma migrate diff` lists them and their shadow tables to drop;
-- delete those lines from the generated script).
-- TmSourceIndex: the folded French word keys (core/tm/index-keys.ts), one token per key.
CREATE VIRTUAL TABLE "TmSourceIndex" USING fts5("sourceKeys", content='TmUnit', content_rowid='id', tokenize="unicode61 remove_diacritics 0 tokenchars '§_'", detail='column');
-- TmTargetIndex: the English text, Porter-stemmed so that "chains" finds "chain".
CREATE VIRTUAL TABLE "TmTargetIndex" USING fts5("targetText", content='TmUnit', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');

CREATE TRIGGER "TmUnit_index_insert" AFTER INSERT ON "TmUnit" BEGIN
  INSERT INTO "TmSourceIndex"(rowid, "sourceKeys") VALUES (new."id", new."sourceKeys");
  INSERT INTO "TmTargetIndex"(rowid, "targetText") VALUES (new."id", new."targetText");
END;
CREATE TRIGGER "TmUnit_index_delete" AFTER DELETE ON "TmUnit" BEGIN
  INSERT INTO "TmSourceIndex"("TmSourceIndex", rowid, "sourceKeys") VALUES ('delete', old."id", old."sourceKeys");
  INSERT INTO "TmTargetIndex"("TmTargetIndex", rowid, "targetText") VALUES ('delete', old."id", old."targetText");
END;
CREATE TRIGGER "TmUnit_index_update" AFTER UPDATE OF "sourceKeys", "targetText" ON "TmUnit" BEGIN
  INSERT INTO "TmSourceIndex"("TmSourceIndex", rowid, "sourceKeys") VALUES ('delete', old."id", old."sourceKeys");
  INSERT INTO "TmTargetIndex"("TmTargetIndex", rowid, "targetText") VALUES ('delete', old."id", old."targetText");
  INSERT INTO "TmSourceIndex"(rowid, "sourceKeys") VALUES (new."id", new."sourceKeys");
  INSERT INTO "TmTargetIndex"(rowid, "targetText") VALUES (new."id", new."targetText");
END;

-- Document frequency of each source key, for the prefix filter of fuzzy lookup (rarest keys first).
CREATE VIRTUAL TABLE "TmSourceVocabulary" USING fts5vocab("TmSourceIndex", 'row');
