-- Progress of a document (count and words by status) from the index alone (issue 16): the grid of
-- a 200,000-segment book sums it on every open.
-- CreateIndex
CREATE INDEX "Segment_documentId_status_sourceWords_idx" ON "Segment"("documentId", "status", "sourceWords");
