import { notFound } from "next/navigation";
import { isAppError } from "@/server/errors";

/** Runs a page's use case; NOT_FOUND (including "not a member") becomes the 404 page. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
