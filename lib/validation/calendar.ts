import { z } from "zod";

export const revokeCalendarTokenSchema = z.object({ id: z.uuid({ error: "invalid" }) });

/** A feed token as it appears in the URL: 43 base64url characters, optionally followed by ".ics". */
export const calendarFeedTokenSchema = z
  .string()
  .transform((s) => s.replace(/\.ics$/i, ""))
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{43}$/, "invalid"));
