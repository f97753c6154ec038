// ADR 011: the account's time-zone setting. A real IANA zone or "" (automatic); anything else is
// refused with a field error and nothing is written.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { getTimeZoneSetting, updateTimeZoneSetting } from "@/lib/data/accounts/time-zone-setting";
import { AppError } from "@/lib/errors";
import { anonymous } from "@/lib/auth/actor.types";
import { useTestDb } from "../fixtures/db";
import { createActor } from "../fixtures/actors";

useTestDb();

describe("time-zone setting", () => {
  it("saves a zone, clears it back to automatic, and audits the change", async () => {
    const a = await createActor(["volunteer"]);
    expect(await getTimeZoneSetting(a)).toBeNull();
    await updateTimeZoneSetting(a, { timeZone: "America/Chicago" });
    expect(await getTimeZoneSetting(a)).toBe("America/Chicago");
    await updateTimeZoneSetting(a, { timeZone: "" });
    expect(await getTimeZoneSetting(a)).toBeNull();
    const db = await getDb();
    expect((await db.select().from(auditLog).where(eq(auditLog.objectId, a.id))).filter((r) => r.action === "account.time_zone")).toHaveLength(2);
  });

  it("refuses what is not a zone, writing nothing; anonymous callers are refused", async () => {
    const a = await createActor(["organization"]);
    for (const bad of ["Mars/Olympus", "x".repeat(200), 42]) {
      const e = await updateTimeZoneSetting(a, { timeZone: bad }).catch((x) => x);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe("invalid_input");
      expect((e as AppError).fieldErrors.timeZone).toEqual(["everyday.timeZone.invalid"]);
    }
    const [row] = await (await getDb()).select({ tz: users.timeZone }).from(users).where(eq(users.id, a.id));
    expect(row.tz).toBeNull();
    expect(((await updateTimeZoneSetting(anonymous, { timeZone: "Europe/London" }).catch((x) => x)) as AppError).code).toBe("unauthenticated");
  });
});
