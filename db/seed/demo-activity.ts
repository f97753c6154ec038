import type { Db } from "../client";
import type { Rng } from "./random";
import { seedPlacementDemo } from "./demo-placements";
import { seedImpactDemo } from "./demo-impact";
import { seedNotificationDemo } from "./demo-notifications";

export type ActivityContext = {
  today: string;
  coordinators: { id: string }[];
  needs: { id: string }[];
  volunteers: { id: string }[];
};

/** Demo matches, placements, reports and feedback (placements and impact features add to this). */
export async function seedActivity(db: Db, _r: Rng, ctx: ActivityContext): Promise<void> {
  await seedPlacementDemo(db, { today: ctx.today, coordinatorId: ctx.coordinators[0].id });
  await seedImpactDemo(db, { today: ctx.today, volunteers: ctx.volunteers });
  await seedNotificationDemo(db, { today: ctx.today, coordinatorId: ctx.coordinators[0].id });
}
