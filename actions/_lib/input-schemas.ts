import { z } from "zod";

// Input shapes the server actions share, so one bound holds everywhere. They only shape the input;
// the use cases decide what an id refers to and who may use it.

/** A row id (cuid or UUID) as sent by the client. */
export const recordId = z.string().min(1).max(100);

/** The `updatedAt` the editor loaded (ISO 8601), for a check-and-set save. */
export const versionStamp = z.string().max(40);
