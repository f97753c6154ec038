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
];

export function navItemsFor(actor: Actor): NavItem[] {
  return items.filter((i) => can(actor, i.permission));
}
