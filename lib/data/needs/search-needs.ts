import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor.types";
import { authorizePublic } from "@/lib/auth/guard";
import { queryBoard, type BoardResult } from "./board-query";

export { BOARD_PAGE_SIZE, toBoardNeed, type BoardNeed, type BoardResult } from "./board-query";

/** The public needs board for anyone, signed in or not (DESIGN "Who may do what": public). */
export async function searchNeeds(actor: Actor, input: unknown): Promise<BoardResult> {
  authorizePublic(actor, "needs.board.read");
  return queryBoard(await getDb(), input);
}
