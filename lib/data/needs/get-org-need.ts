import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { facilities, needs, organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { needRefSchema, type NeedFields } from "@/lib/validation/needs";
import { fieldsOf, languagesOf } from "./need-fields";
import { needInScope } from "./need-scope";
import { needCounts } from "./need-counts";

export type OrgNeedDetail = {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationVerified: boolean;
  status: (typeof needs.$inferSelect)["status"];
  closeReason: string | null;
  facilityName: string | null;
  publishedAt: Date | null;
  fields: NeedFields;
  counts: { interested: number; proposed: number; offered: number; placed: number; filled: boolean };
};

/** A need as its organisation (or a coordinator) sees it in the workspace: every field, any status. */
export async function getOrgNeed(actor: Actor, input: unknown): Promise<OrgNeedDetail> {
  const { needId } = parseInput(needRefSchema, input);
  const db = await getDb();
  const { need } = await needInScope(db, actor, needId, "organization.read");
  const [extra] = await db
    .select({ orgName: organizations.name, orgStatus: organizations.status, facilityName: facilities.name, ...needCounts(needs.id, needs.slots) })
    .from(needs)
    .innerJoin(organizations, eq(organizations.id, needs.organizationId))
    .leftJoin(facilities, eq(facilities.id, needs.facilityId))
    .where(eq(needs.id, need.id));
  return {
    id: need.id,
    organizationId: need.organizationId,
    organizationName: extra.orgName,
    organizationVerified: extra.orgStatus === "verified",
    status: need.status,
    closeReason: need.closeReason,
    facilityName: extra.facilityName,
    publishedAt: need.publishedAt,
    fields: fieldsOf(need, await languagesOf(db, need.id)),
    counts: { interested: extra.interested, proposed: extra.proposed, offered: extra.offered, placed: extra.placed, filled: extra.filled },
  };
}
