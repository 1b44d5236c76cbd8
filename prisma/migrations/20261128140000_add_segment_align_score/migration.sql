-- AlterTable
ALTER TABLE "Segment" ADD COLUMN "alignScore" REAL;

