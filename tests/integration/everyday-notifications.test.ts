// Issue 18: the people who must act are told. Coordinators hear of a new organisation and a new
// licence to check; an organisation hears that it was verified (or not, with the note).
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import { registerOrganization } from "@/lib/data/organizations/register-organization";
import { decideOrganization } from "@/lib/data/organizations/decide-organization";
import { addLicence } from "@/lib/data/volunteers/licences";
import { renderNotification } from "@/lib/data/notifications/render";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createUser } from "../fixtures/actors";
import { inDays } from "../fixtures/needs";

useTestDb();

const inbox = async (userId: string) => (await getDb()).select().from(notifications).where(eq(notifications.userId, userId));

describe("who is told what (issue 18)", () => {
  it("every coordinator hears of a new organisation; its members hear the decision", async () => {
    const [c1, c2] = [await createActor(["coordinator"]), await createActor(["coordinator"])];
    const user = await createUser({ roles: ["organization"] });
    const { id } = await registerOrganization(actorFor(user, ["organization"]), {
      name: "DHO Wardha",
      kind: "district_health_office",
      stateCode: "27",
      contactEmail: "dho.wardha@example.org",
    });
    for (const c of [c1, c2]) {
      const rows = await inbox(c.id);
      expect(rows.filter((r) => r.kind === "organization_registered")).toEqual([
        expect.objectContaining({ params: { organizationName: "DHO Wardha" }, link: "/coordinator/organizations" }),
      ]);
    }
    expect(await inbox(user.id)).toHaveLength(0);

    await decideOrganization(c1, { organizationId: id, decision: "verify" });
    const [told] = (await inbox(user.id)).filter((r) => r.kind === "organization_decided");
    expect(told).toMatchObject({ params: { organizationName: "DHO Wardha", status: "verified" }, link: `/organization/${id}` });
    expect(renderNotification("en", told.kind, told.params).title).toBe("DHO Wardha is verified");
  });

  it("coordinators hear of a licence to check, with a link to that volunteer's review", async () => {
    const c = await createActor(["coordinator"]);
    const v = await createActor(["volunteer"]);
    const { licenceId } = await addLicence(v, { authority: "Texas Medical Board", countryCode: "US", number: "TX-Q1", validTo: inDays(400) });
    expect(licenceId).toBeTruthy();
    const rows = (await inbox(c.id)).filter((r) => r.kind === "licence_to_check");
    expect(rows).toEqual([expect.objectContaining({ link: `/coordinator/verification/${v.id}`, params: { volunteerName: v.name } })]);
  });
});
