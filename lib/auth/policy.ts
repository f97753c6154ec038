// The one authorization policy (DESIGN "Who may do what"). PURE: no db, no next.
// Each permission maps a role to the scope it holds it in; a role not listed is refused.
// tests/unit/policy-matrix.test.ts walks every permission × actor kind against an expected table.
import type { Actor, Role, SignedInActor } from "./actor.types";

/**
 * public   — anyone, signed in or not
 * any      — every object of that kind
 * own      — objects whose ownerId is the actor
 * org      — objects whose organizationId is one of the actor's organisations
 * orgAdmin — as org, but only where the actor is an admin of that organisation
 */
export type Scope = "public" | "any" | "own" | "org" | "orgAdmin";
type Rule = Partial<Record<Role | "anonymous", Scope>>;

const everyone: Rule = { anonymous: "public", volunteer: "public", organization: "public", coordinator: "public", admin: "public" };
const ownAccount: Rule = { volunteer: "own", organization: "own", coordinator: "own", admin: "own" };

export const policy = {
  "needs.board.read": everyone,
  "impact.public.read": everyone,
  // issue 16: liveness/readiness for load balancers and monitors (booleans and timings only)
  "health.read": everyone,

  // every signed-in account: own account only
  "account.manage": ownAccount,
  "account.export": ownAccount,
  "account.delete": ownAccount,
  "notifications.read": ownAccount,
  "calendar.read": { volunteer: "own", organization: "own", coordinator: "own" },

  // volunteers
  "volunteer.profile.edit": { volunteer: "own" },
  "volunteer.profile.read": { volunteer: "own", coordinator: "any" },
  "document.upload": { volunteer: "own" },
  "document.download": { volunteer: "own", coordinator: "any" },
  "interest.manage": { volunteer: "own" },
  "offer.respond": { volunteer: "own" },

  // organisations
  "organization.register": { organization: "own" },
  "organization.read": { organization: "org", coordinator: "any" },
  "organization.manage": { organization: "org" },
  "organization.members.manage": { organization: "orgAdmin" },
  "organization.verify": { coordinator: "any" },
  "facility.manage": { organization: "org" },
  "need.manage": { organization: "org", coordinator: "any" },
  "need.candidates.read": { organization: "org", coordinator: "any" },
  "interest.answer": { organization: "org", coordinator: "any" },
  "candidate.rank": { organization: "org" },
  // DESIGN rule 7: org members see contact details only for a scheduled placement at their org's
  // need; callers pass the placement's organisation and check the status themselves.
  "volunteer.contact.read": { organization: "org", coordinator: "any" },

  // coordination
  "volunteer.verify": { coordinator: "any" },
  "match.propose": { coordinator: "any" },
  "match.approve": { coordinator: "any" },
  "round.run": { coordinator: "any" },
  "placement.manage": { coordinator: "any" },
  "placement.read": { volunteer: "own", organization: "org", coordinator: "any" },
  // the organisation's side of a placement: see it, confirm arrival details (issue #6)
  "placement.confirm": { organization: "org" },
  "dashboard.read": { coordinator: "any" },

  // impact
  "report.write": { volunteer: "own", organization: "org" },
  "report.read": { volunteer: "own", organization: "org", coordinator: "any" },
  "feedback.write": { volunteer: "own", organization: "org" },

  // oversight and administration
  "audit.read": { coordinator: "any", admin: "any" },
  "outbox.read": { admin: "any" },
  // issue 12: admins search everyone's security log (each person reads their own via account.manage)
  "security.log.read": { admin: "any" },
  "admin.roles": { admin: "any" },
  "admin.accounts": { admin: "any" },
  "admin.settings": { admin: "any" },
} satisfies Record<string, Rule>;

export type Permission = keyof typeof policy;
export const permissions = Object.keys(policy) as Permission[];

/** What the check is about; omit for a page- or collection-level check. */
export type Target = { ownerId?: string | null; organizationId?: string | null };

function scopeAllows(actor: Actor, scope: Scope, target: Target | undefined): boolean {
  if (scope === "public" || scope === "any") return true;
  if (actor.kind !== "user") return false;
  if (!target) return true; // collection level: the data layer narrows the query to the actor's scope
  if (scope === "own") return target.ownerId != null && target.ownerId === actor.id;
  const orgId = target.organizationId;
  if (orgId == null) return false;
  if (scope === "org") return actor.organizationIds.includes(orgId);
  return actor.organizationAdminIds.includes(orgId);
}

/** True when any of the actor's roles grants the permission for the target. */
export function can(actor: Actor, permission: Permission, target?: Target): boolean {
  const rule: Rule = policy[permission];
  if (actor.kind === "anonymous") {
    const s = rule.anonymous;
    return s !== undefined && scopeAllows(actor, s, target);
  }
  for (const role of actor.roles) {
    const s = rule[role];
    if (s !== undefined && scopeAllows(actor, s, target)) return true;
  }
  return false;
}

/** The scopes the actor holds a permission in; the data layer uses it to narrow list queries. */
export function scopesFor(actor: Actor, permission: Permission): Set<Scope> {
  if (actor.kind === "anonymous") {
    const s = (policy[permission] as Rule).anonymous;
    return new Set(s ? [s] : []);
  }
  return scopesForRoles(actor.roles, permission);
}

/** The scopes a set of roles holds a permission in, for a holder that is not a session (a feed token). */
export function scopesForRoles(roles: Iterable<Role>, permission: Permission): Set<Scope> {
  const rule: Rule = policy[permission];
  const out = new Set<Scope>();
  for (const role of roles) {
    const s = rule[role];
    if (s) out.add(s);
  }
  return out;
}

/**
 * DESIGN rule 7 (issue 11, defects 2–3): who may see *people* — candidates, shortlists, interests,
 * preference ranks — for a need the actor already holds "need.candidates.read" on. Coordinators see
 * any need's people. An organisation sees them only for its verified organisation's published
 * (non-draft) needs, and only volunteers with a current profile_sharing consent; otherwise counts.
 */
export type PeopleAccess = { people: boolean; sharedOnly: boolean };
export function peopleAccessForNeed(actor: Actor, need: { organizationId: string; status: string; organizationVerified: boolean }): PeopleAccess {
  if (scopesFor(actor, "need.candidates.read").has("any")) return { people: true, sharedOnly: false };
  if (!can(actor, "need.candidates.read", { organizationId: need.organizationId })) return { people: false, sharedOnly: true };
  return { people: need.organizationVerified && need.status !== "draft", sharedOnly: true };
}

export function isSignedIn(actor: Actor): actor is SignedInActor {
  return actor.kind === "user";
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === "user" && actor.roles.has(role);
}
