-- Stateless job progress (issue 16): the progress of long operations lives in the database, so
-- that a page's poll answered by another app server behind the load balancer sees it.
-- CreateTable
CREATE TABLE "JobProgress" (
    "token" TEXT NOT NULL,
    "userId" TEXT,
    "stage" TEXT NOT NULL,
    "done" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobProgress_pkey" PRIMARY KEY ("token")
);

-- CreateIndex
CREATE INDEX "JobProgress_updatedAt_idx" ON "JobProgress"("updatedAt");
