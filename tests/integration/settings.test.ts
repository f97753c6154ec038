import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { listSettings, updateSettings } from "@/lib/data/settings/admin-settings";
import { getPlatformSettings } from "@/lib/data/settings/get-platform-settings";
import { expectAppError } from "../fixtures/app-error";
import { useTestDb } from "../fixtures/db";
import { createActor } from "../fixtures/actors";

useTestDb();

describe("platform settings", () => {
  it("defaults until an admin changes them; changes are audited and read by the rules", async () => {
    const admin = await createActor(["admin"]);
    expect(await listSettings(admin)).toEqual({ "platform.capDays": 365, "offers.replyDays": 7 });
    await updateSettings(admin, { "platform.capDays": "180", "offers.replyDays": "5" });
    expect(await listSettings(admin)).toEqual({ "platform.capDays": 180, "offers.replyDays": 5 });
    expect((await getPlatformSettings()).capDays).toBe(180);
    const db = await getDb();
    const rows = await db.select().from(auditLog).where(eq(auditLog.action, "setting.changed"));
    expect(rows.map((r) => r.objectId).sort()).toEqual(["offers.replyDays", "platform.capDays"]);
  });

  it("refuses out-of-range values and non-admins, changing nothing", async () => {
    const admin = await createActor(["admin"]);
    const before = await listSettings(admin);
    await expect(updateSettings(admin, { "platform.capDays": "0", "offers.replyDays": "abc" })).rejects.toMatchObject({
      code: "invalid_input",
      fieldErrors: { "platform.capDays": ["out_of_range"], "offers.replyDays": ["invalid"] },
    });
    const coordinator = await createActor(["coordinator"]);
    expect((await expectAppError(updateSettings(coordinator, { "platform.capDays": "100", "offers.replyDays": "3" }))).code).toBe("forbidden");
    expect(await listSettings(admin)).toEqual(before);
  });
});
