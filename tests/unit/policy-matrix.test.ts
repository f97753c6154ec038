// Walks every permission × every actor kind against an expected table. Adding a permission without
// deciding every cell here fails this test (DESIGN "Who may do what").
import { describe, expect, it } from "vitest";
import { can, peopleAccessForNeed, permissions, type Permission, type Target } from "@/lib/auth/policy";
import { anonymous, type Actor, type Role } from "@/lib/auth/actor.types";

const ORG_A = "00000000-0000-4000-8000-00000000000a";
const ORG_B = "00000000-0000-4000-8000-00000000000b";

const mk = (id: string, roles: Role[], orgs: string[] = [], adminOrgs: string[] = []): Actor => ({
  kind: "user",
  id,
  email: `${id}@x`,
  name: id,
  roles: new Set(roles),
  organizationIds: orgs,
  organizationAdminIds: adminOrgs,
  sessionId: "s",
});

const actors = {
  anonymous,
  volunteer: mk("vol-1", ["volunteer"]),
  otherVolunteer: mk("vol-2", ["volunteer"]),
  orgMember: mk("org-1", ["organization"], [ORG_A], [ORG_A]),
  otherOrgMember: mk("org-2", ["organization"], [ORG_B], [ORG_B]),
  coordinator: mk("coord-1", ["coordinator"]),
  admin: mk("admin-1", ["admin"]),
} as const;
type Kind = keyof typeof actors;
const kinds = Object.keys(actors) as Kind[];

// The object each check is about: owned by vol-1 (and org-1's own account), in organisation A.
// "own" objects below mean vol-1's for volunteers and the actor's own account for account.*.
const targetFor = (p: Permission, kind: Kind): Target => {
  if (p.startsWith("account.") || p === "notifications.read" || p === "calendar.read" || p === "organization.register") {
    // the owner is the volunteer; other actors asking about vol-1's account must be refused
    return { ownerId: "vol-1", organizationId: ORG_A };
  }
  void kind;
  return { ownerId: "vol-1", organizationId: ORG_A };
};

// Y = allowed on vol-1's / org A's object; N = refused.
const Y = true,
  N = false;
//                                   anon vol otherVol orgM otherOrgM coord admin
const expected: Record<Permission, [boolean, boolean, boolean, boolean, boolean, boolean, boolean]> = {
  "needs.board.read": [Y, Y, Y, Y, Y, Y, Y],
  "impact.public.read": [Y, Y, Y, Y, Y, Y, Y],
  "health.read": [Y, Y, Y, Y, Y, Y, Y],
  "account.manage": [N, Y, N, N, N, N, N],
  "account.export": [N, Y, N, N, N, N, N],
  "account.delete": [N, Y, N, N, N, N, N],
  "notifications.read": [N, Y, N, N, N, N, N],
  "calendar.read": [N, Y, N, N, N, N, N],
  "volunteer.profile.edit": [N, Y, N, N, N, N, N],
  "volunteer.profile.read": [N, Y, N, N, N, Y, N],
  "document.upload": [N, Y, N, N, N, N, N],
  "document.download": [N, Y, N, N, N, Y, N],
  "interest.manage": [N, Y, N, N, N, N, N],
  "offer.respond": [N, Y, N, N, N, N, N],
  "organization.register": [N, N, N, N, N, N, N],
  "organization.read": [N, N, N, Y, N, Y, N],
  "organization.manage": [N, N, N, Y, N, N, N],
  "organization.members.manage": [N, N, N, Y, N, N, N],
  "organization.verify": [N, N, N, N, N, Y, N],
  "facility.manage": [N, N, N, Y, N, N, N],
  "need.manage": [N, N, N, Y, N, Y, N],
  "need.candidates.read": [N, N, N, Y, N, Y, N],
  "interest.answer": [N, N, N, Y, N, Y, N],
  "candidate.rank": [N, N, N, Y, N, N, N],
  "volunteer.contact.read": [N, N, N, Y, N, Y, N],
  "volunteer.verify": [N, N, N, N, N, Y, N],
  "match.propose": [N, N, N, N, N, Y, N],
  "match.approve": [N, N, N, N, N, Y, N],
  "round.run": [N, N, N, N, N, Y, N],
  "placement.manage": [N, N, N, N, N, Y, N],
  "placement.read": [N, Y, N, Y, N, Y, N],
  "placement.confirm": [N, N, N, Y, N, N, N],
  "dashboard.read": [N, N, N, N, N, Y, N],
  "report.write": [N, Y, N, Y, N, N, N],
  "report.read": [N, Y, N, Y, N, Y, N],
  "feedback.write": [N, Y, N, Y, N, N, N],
  "audit.read": [N, N, N, N, N, Y, Y],
  "outbox.read": [N, N, N, N, N, N, Y],
  "security.log.read": [N, N, N, N, N, N, Y],
  "admin.roles": [N, N, N, N, N, N, Y],
  "admin.accounts": [N, N, N, N, N, N, Y],
  "admin.settings": [N, N, N, N, N, N, Y],
};

describe("policy matrix", () => {
  it("has an expected row for every permission and no extra rows", () => {
    expect(Object.keys(expected).sort()).toEqual([...permissions].sort());
  });

  for (const p of permissions) {
    it(`${p}: every actor kind on a specific object`, () => {
      const got = kinds.map((k) => can(actors[k], p, targetFor(p, k)));
      expect(got).toEqual(expected[p]);
    });
  }

  it("organisation scope follows membership, not role alone", () => {
    expect(can(actors.orgMember, "need.manage", { organizationId: ORG_A })).toBe(true);
    expect(can(actors.orgMember, "need.manage", { organizationId: ORG_B })).toBe(false);
    expect(can(actors.otherOrgMember, "need.manage", { organizationId: ORG_B })).toBe(true);
  });

  it("orgAdmin scope needs admin membership in that organisation", () => {
    const plainMember = mk("org-3", ["organization"], [ORG_A], []);
    expect(can(plainMember, "organization.members.manage", { organizationId: ORG_A })).toBe(false);
    expect(can(plainMember, "facility.manage", { organizationId: ORG_A })).toBe(true);
  });

  it("a user with several roles gets the union", () => {
    const both = mk("vol-1", ["volunteer", "coordinator"]);
    expect(can(both, "match.approve")).toBe(true);
    expect(can(both, "offer.respond", { ownerId: "vol-1" })).toBe(true);
  });

  it("admin is not a domain superuser", () => {
    for (const p of ["match.approve", "round.run", "need.manage", "document.download", "volunteer.verify"] as Permission[]) {
      expect(can(actors.admin, p)).toBe(false);
    }
  });

  it("an own-scoped check without an owner is refused for specific objects", () => {
    expect(can(actors.volunteer, "interest.manage", { ownerId: null })).toBe(false);
    expect(can(actors.orgMember, "need.manage", { organizationId: null })).toBe(false);
  });
});

// DESIGN rule 7 (issue 11): people for a need — a predicate on the need's state, walked per actor kind.
describe("people behind a need (peopleAccessForNeed)", () => {
  const need = (status: string, organizationVerified: boolean) => ({ organizationId: ORG_A, status, organizationVerified });
  //                      anon vol otherVol orgM otherOrgM coord admin
  const published: boolean[] = [N, N, N, Y, N, Y, N];
  it.each([
    ["published need of a verified organisation", need("open", true), published],
    ["closed need of a verified organisation", need("closed", true), published],
    ["draft of a verified organisation", need("draft", true), [N, N, N, N, N, Y, N]],
    ["published need of a pending organisation", need("open", false), [N, N, N, N, N, Y, N]],
  ])("%s", (_label, n, row) => {
    expect(kinds.map((k) => peopleAccessForNeed(actors[k], n).people)).toEqual(row);
  });
  it("organisations see only volunteers who share their profile; coordinators are not filtered by it", () => {
    expect(peopleAccessForNeed(actors.orgMember, need("open", true)).sharedOnly).toBe(true);
    expect(peopleAccessForNeed(actors.coordinator, need("draft", false)).sharedOnly).toBe(false);
  });
});
