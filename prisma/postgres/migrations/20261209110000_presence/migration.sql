-- Live presence (issue 16): who has a document open and which segment they are on, shared by every
-- app server (rows older than a minute are stale and ignored).
-- CreateTable
CREATE TABLE "Presence" (
    "documentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "segmentId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("documentId","userId")
);

-- CreateIndex
CREATE INDEX "Presence_documentId_updatedAt_idx" ON "Presence"("documentId", "updatedAt");

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

