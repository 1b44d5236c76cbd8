-- Repetitions (the same French in one document) and "does another confirmed segment still give
-- this pair" are looked up on every confirm: without this index each scanned the whole document.
CREATE INDEX "Segment_documentId_sourceText_idx" ON "Segment"("documentId", "sourceText");
