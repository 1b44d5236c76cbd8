-- Rich termbase (TBX-Basic): French synonyms share a conceptId; the TBX data beyond the columns is
-- kept as JSON in details. Plain ADD COLUMNs (constant defaults need no table rebuild in SQLite).
ALTER TABLE "TermEntry" ADD COLUMN "conceptId" TEXT NOT NULL DEFAULT '';
ALTER TABLE "TermEntry" ADD COLUMN "details" TEXT NOT NULL DEFAULT '';

-- Every earlier entry is a concept of its own.
UPDATE "TermEntry" SET "conceptId" = "id" WHERE "conceptId" = '';

-- CreateIndex
CREATE INDEX "TermEntry_projectId_conceptId_idx" ON "TermEntry"("projectId", "conceptId");
