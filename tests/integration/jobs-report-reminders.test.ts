import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications, serviceReports } from "@/db/schema";
import { remindMissingReports } from "@/lib/jobs/tasks/remind-missing-reports";
import { useTestDb } from "../fixtures/db";
import { createPlacementRow, createPlacementScene } from "../fixtures/placement-rows";

useTestDb();

const remindersFor = async (userId: string) =>
  (
    await (
      await getDb()
    )
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, "report_due")))
  ).length;

describe("reminding volunteers of missing service reports (issue 7)", () => {
  it("reminds once, a week after the end, only when no report was submitted", async () => {
    const now = new Date("2032-03-20T09:00:00Z");
    // ended 2032-03-10 (exclusive upper bound): 10 days ago → due
    const missing = await createPlacementScene();
    await createPlacementRow({ needId: missing.need.id, volunteerId: missing.volunteer.id, period: "[2032-03-01,2032-03-10)", status: "completed" });
    // ended 3 days ago → not yet
    const recent = await createPlacementScene();
    await createPlacementRow({ needId: recent.need.id, volunteerId: recent.volunteer.id, period: "[2032-03-01,2032-03-17)", status: "completed" });
    // report submitted → never
    const filed = await createPlacementScene();
    const filedRow = await createPlacementRow({
      needId: filed.need.id,
      volunteerId: filed.volunteer.id,
      period: "[2032-03-01,2032-03-10)",
      status: "completed",
    });
    await (await getDb()).insert(serviceReports).values({ placementId: filedRow.id, daysServed: 9, hours: 60, status: "submitted" });
    // a draft does not count as filed
    const draft = await createPlacementScene();
    const draftRow = await createPlacementRow({
      needId: draft.need.id,
      volunteerId: draft.volunteer.id,
      period: "[2032-03-01,2032-03-10)",
      status: "completed",
    });
    await (await getDb()).insert(serviceReports).values({ placementId: draftRow.id, daysServed: 2, hours: 10, status: "draft" });

    expect(await remindMissingReports(await getDb(), now)).toBe(2);
    expect(await remindMissingReports(await getDb(), now)).toBe(0); // once only, on any instance
    expect(await remindersFor(missing.volunteer.id)).toBe(1);
    expect(await remindersFor(draft.volunteer.id)).toBe(1);
    expect(await remindersFor(recent.volunteer.id)).toBe(0);
    expect(await remindersFor(filed.volunteer.id)).toBe(0);
  });
});
