// The events users are told about (issue #6). In-app always; by email when the user opted in.
export const notificationKinds = [
  "interest_received",
  "match_proposed",
  "offer_made",
  "offer_lapsing",
  "offer_accepted",
  "offer_declined",
  "offer_expired",
  "placement_starting",
  "report_due",
  "placement_withdrawn",
  "placement_cancelled",
  "verification_decided",
  "licence_rejected",
  "verification_ended",
  "organization_registered",
  "licence_to_check",
  "organization_decided",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Message parameters, rendered in the reader's locale when shown (never pre-rendered text). */
export type NotificationParams = Record<string, string | number>;

export function isNotificationKind(v: unknown): v is NotificationKind {
  return typeof v === "string" && (notificationKinds as readonly string[]).includes(v);
}
