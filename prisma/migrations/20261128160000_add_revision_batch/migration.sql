-- AlterTable
ALTER TABLE "SegmentRevision" ADD COLUMN "batchId" TEXT;

-- CreateIndex
CREATE INDEX "SegmentRevision_batchId_idx" ON "SegmentRevision"("batchId");

