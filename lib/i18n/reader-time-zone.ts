import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, volunteerProfiles } from "@/db/schema";
import { getActor } from "@/lib/auth/get-actor";
import { readerTimeZone } from "./when";

import { BROWSER_TIME_ZONE_COOKIE } from "./time-zone-cookie";

export { BROWSER_TIME_ZONE_COOKIE };

/** This request's reader zone (ADR 011): account setting, browser, country of residence, India. */
export const getReaderTimeZone = cache(async (): Promise<string> => {
  const raw = (await cookies()).get(BROWSER_TIME_ZONE_COOKIE)?.value;
  const browser = raw ? safeDecode(raw) : null;
  const actor = await getActor();
  if (actor.kind !== "user") return readerTimeZone({ browser });
  const db = await getDb();
  const [row] = await db
    .select({ setting: users.timeZone, country: volunteerProfiles.countryOfResidence })
    .from(users)
    .leftJoin(volunteerProfiles, eq(volunteerProfiles.userId, users.id))
    .where(eq(users.id, actor.id));
  return readerTimeZone({ setting: row?.setting, browser, country: row?.country });
});

function safeDecode(v: string): string | null {
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}
