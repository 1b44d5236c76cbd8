import { AppError, isAppError } from "@/server/errors";

/**
 * Runs a use case, and makes its coded error name what it is about on one line: the project for
 * access errors, the file for the others. withDatabase turns it into the CLI error and exit code.
 */
export async function explained<T>(projectId: string, file: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isAppError(error)) throw error;
    const about = error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || !file ? `project ${projectId}` : file;
    throw new AppError(error.code, `${about}: ${error.message.replace(/\s*[\r\n]+\s*/g, " ")}`, error.details);
  }
}
