import type { Actor } from "@/lib/auth/actor.types";
import { can, type Permission } from "@/lib/auth/policy";

export type NavItem = { href: string; label: string; permission: Permission };

// Feature issues add their entries here; an entry shows only when the policy grants its permission.
const items: NavItem[] = [
  { href: "/needs", label: "nav.needs", permission: "needs.board.read" },
  { href: "/impact", label: "nav.impact", permission: "impact.public.read" },
  { href: "/dashboard", label: "nav.dashboard", permission: "account.manage" },
  { href: "/account", label: "nav.account", permission: "account.manage" },
  { href: "/admin/users", label: "nav.admin", permission: "admin.roles" },
  // issue 6: the inbox for everyone signed in; the email outbox for admins
  { href: "/inbox", label: "notifications.inbox.nav", permission: "notifications.read" },
  { href: "/admin/outbox", label: "notifications.outbox.nav", permission: "outbox.read" },
  // issue 12: admins search the security log
  { href: "/admin/security", label: "security.nav", permission: "security.log.read" },
  { href: "/volunteer/offers", label: "placements.nav.offers", permission: "offer.respond" },
  { href: "/organization/placements", label: "placements.nav.orgPlacements", permission: "placement.confirm" },
  { href: "/coordinator/verification", label: "coordinator.nav.verification", permission: "volunteer.verify" },
  { href: "/coordinator/matches", label: "coordinator.nav.matches", permission: "match.approve" },
  // issue 5: matching rounds (the coordinator's shortlists are linked from round reports)
  { href: "/coordinator/rounds", label: "matching.nav.rounds", permission: "round.run" },
  { href: "/coordinator/audit", label: "coordinator.nav.audit", permission: "audit.read" },
  // issue 3: the volunteer's own area
  { href: "/volunteer/profile", label: "volunteer.nav.main", permission: "volunteer.profile.edit" },
  { href: "/volunteer/needs", label: "volunteer.nav.needs", permission: "interest.manage" },
  // issue 7: volunteers report on their placements, organisations confirm (permissions held by that role only)
  { href: "/volunteer/reports", label: "impact.nav.reports", permission: "offer.respond" },
  { href: "/organization/reports", label: "impact.nav.reports", permission: "placement.confirm" },
  { href: "/coordinator/dashboard", label: "impact.nav.coordinatorDashboard", permission: "dashboard.read" },
  // issue 4: organisation workspaces (organisation accounts) and verifying organisations (coordinators)
  { href: "/organization", label: "organization.nav.label", permission: "organization.register" },
  { href: "/coordinator/organizations", label: "organization.review.nav", permission: "organization.verify" },
];

export function navItemsFor(actor: Actor): NavItem[] {
  return items.filter((i) => can(actor, i.permission));
}
