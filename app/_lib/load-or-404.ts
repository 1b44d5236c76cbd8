import { notFound } from "next/navigation";
import { isAppError } from "@/server/errors";

/**
 * Runs a page's use case. NOT_FOUND (including "not a member") and FORBIDDEN (a member whose role
 * does not reach this page, such as a viewer opening the audit log) become the 404 page; anything
 * else is a real failure and propagates.
 */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
