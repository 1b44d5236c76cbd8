-- The `inconsistent` QA check (issue 16): a hash of each text's comparison key, indexed, so opening
-- a part of a book reads the project's rows that may share a text with it, not all of them.
-- Rows written before are filled in at start-up (server/qa/backfill-consistency-keys.ts).
-- AlterTable
ALTER TABLE "Segment" ADD COLUMN "sourceKeyHash" INTEGER;
ALTER TABLE "Segment" ADD COLUMN "targetKeyHash" INTEGER;

-- CreateIndex
CREATE INDEX "Segment_sourceKeyHash_idx" ON "Segment"("sourceKeyHash");

-- CreateIndex
CREATE INDEX "Segment_targetKeyHash_idx" ON "Segment"("targetKeyHash");
