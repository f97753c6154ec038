import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * For pages: a use case that refuses an id — outside the actor's scope, not an id at all, or an action
 * the actor may not take on it — renders the 404 page, so ids reveal nothing (CONVENTIONS: out-of-scope
 * reads answer 404). Anything else propagates to the error page.
 */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof AppError && (e.code === "not_found" || e.code === "invalid_input" || e.code === "forbidden")) notFound();
    throw e;
  }
}
