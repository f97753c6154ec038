// Which messages reach the browser (issue 16). The root layout used to hand the whole catalogue
// (1,346 strings, ~70 KB) to NextIntlClientProvider, so every page — the public board, a 404 —
// serialised and shipped all of it. Server components translate on the server and need none of it;
// only client components read messages in the browser, so each area's layout ships the subtrees its
// client components use (tests/unit/client-messages.test.ts checks this against the source).

/** What the root layout ships: app/error.tsx, the one client component outside every area. */
export const shellClientMessages = ["errors.errorTitle", "errors.generic", "errors.tryAgain", "errors.reference"] as const;

/**
 * What a form's FormState can name: `message` and field errors are catalogue keys chosen on the
 * server (AppError keys, success messages), rendered by useFormText in the browser.
 */
export const formFeedbackMessages = [
  "errors",
  "account.passwordChanged",
  "admin.done",
  "admin.roles",
  "auth.forgot",
  "auth.invalidCredentials",
  "auth.linkInvalid",
  "auth.rateLimited",
  "auth.resend",
  "auth.unverified",
  "coordinator.matches",
  "coordinator.verification",
  "everyday.timeZone",
  "impact.errors",
  "impact.reports",
  "matching.rounds",
  "matching.shortlist",
  "needs.detail",
  "needs.errors",
  "notifications.calendar",
  "notifications.preferences",
  "organization.errors",
  "organization.facilities",
  "organization.members",
  "organization.need",
  "organization.needForm",
  "organization.register",
  "organization.review",
  "placements.accepted",
  "placements.approved",
  "placements.arrivalSaved",
  "placements.cancelled",
  "placements.declined",
  "placements.errors",
  "placements.rejected",
  "placements.rules",
  "placements.withdrawn",
  "volunteer.availability",
  "volunteer.documents",
  "volunteer.interests",
  "volunteer.licences",
  "volunteer.needs",
  "volunteer.profile",
] as const;

/** Per area (the first folder under app/): the subtrees its client components translate. */
export const areaClientMessages = {
  "(auth)": ["auth", "account", "volunteer.signUp"],
  account: ["account", "notifications", "everyday.timeZone"],
  admin: ["admin", "roles"],
  coordinator: ["organization.review"],
  needs: ["needs.detail"],
  organization: ["organization", "needs", "impact"],
  volunteer: ["volunteer", "impact"],
} as const satisfies Record<string, readonly string[]>;
export type ClientMessageArea = keyof typeof areaClientMessages;

type Tree = { [key: string]: string | Tree };

/** A new catalogue holding only the given dotted paths (a subtree or a single message each). */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const p of paths) {
    const parts = p.split(".");
    let from: string | Tree | undefined = messages;
    for (const part of parts) from = typeof from === "object" ? from[part] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const part of parts.slice(0, -1)) {
      const next = to[part];
      to = typeof next === "object" ? next : (to[part] = {});
    }
    const last = parts[parts.length - 1];
    const existing = to[last];
    // A subtree picked twice (or a leaf and its parent) merges instead of overwriting.
    to[last] = typeof existing === "object" && typeof from === "object" ? { ...existing, ...from } : from;
  }
  return out;
}
