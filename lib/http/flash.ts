import "server-only";
import { cookies } from "next/headers";

// The status message after an action whose form disappears with its success (a published need
// leaves the drafts, an accepted offer loses its buttons): issue 18. The action sets a short-lived
// cookie naming a catalogue key; the header shows it once in a live region (components/layout/
// flash-message.tsx). It works without JavaScript: proxy.ts clears the cookie on the next page.

export const FLASH_COOKIE = "sf_flash";

/** Only these catalogue keys may be flashed: a cookie is user-controlled input. */
export const flashKeys = [
  "organization.need.published",
  "organization.review.decided",
  "placements.accepted",
  "placements.declined",
  "volunteer.needs.expressed",
  "needs.detail.expressed",
  "coordinator.matches.proposed",
  "matching.shortlist.proposedOk",
  "impact.reports.confirmed",
] as const;
export type FlashKey = (typeof flashKeys)[number];

export async function setFlash(key: FlashKey): Promise<void> {
  (await cookies()).set(FLASH_COOKIE, key, { path: "/", maxAge: 60, sameSite: "lax", httpOnly: false });
}

export async function readFlash(): Promise<FlashKey | null> {
  const v = (await cookies()).get(FLASH_COOKIE)?.value;
  return (flashKeys as readonly string[]).includes(v ?? "") ? (v as FlashKey) : null;
}
