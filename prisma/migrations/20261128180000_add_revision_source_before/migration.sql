-- AlterTable
ALTER TABLE "SegmentRevision" ADD COLUMN "sourceBefore" TEXT;

