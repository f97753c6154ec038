import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** Pages: an id outside the actor's scope, or not an id at all, renders the 404 page (reveals nothing). */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof AppError && (e.code === "not_found" || e.code === "invalid_input")) notFound();
    throw e;
  }
}
