import type { Db } from "../client";
import type { Rng } from "./random";

export type ActivityContext = {
  today: string;
  coordinators: { id: string }[];
  needs: { id: string }[];
  volunteers: { id: string }[];
};

/** Demo matches, placements, reports and feedback (placements and impact features add to this). */
export async function seedActivity(_db: Db, _r: Rng, _ctx: ActivityContext): Promise<void> {}
