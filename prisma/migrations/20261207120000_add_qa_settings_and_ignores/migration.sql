-- QA: the project's settings (JSON, "" = defaults) and ignored findings per segment.
-- AlterTable (a plain ADD COLUMN: SQLite needs no table rebuild for a column with a constant default)
ALTER TABLE "Project" ADD COLUMN "qaSettings" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "QaIgnore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "segmentId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "userId" TEXT,
    "userName" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QaIgnore_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QaIgnore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "QaIgnore_segmentId_fingerprint_key" ON "QaIgnore"("segmentId", "fingerprint");
