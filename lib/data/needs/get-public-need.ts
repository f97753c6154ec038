import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interests, needLanguages, refLanguages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorizePublic } from "@/lib/auth/guard";
import { rowsOf } from "@/db/rows";
import { AppError } from "@/lib/errors";
import { toBoardNeed, type BoardNeed } from "./search-needs";

export type PublicNeed = BoardNeed & {
  description: string;
  organizationKind: string;
  /** Public: lets the page show what past volunteers said about the organisation, in aggregate. */
  organizationId: string;
  facilityType: string | null;
  talukaName: string | null;
  minCredentialLevel: number;
  offers: { housing: boolean; meals: boolean; localTravel: boolean; stipend: boolean; indemnity: boolean };
  languages: { code: string; name: string; required: boolean }[];
  /** The signed-in volunteer's own interest in this need, if any. */
  myInterest: { id: string; status: string } | null;
};

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Everything a volunteer needs to decide, for anyone (no sign-in). Only open needs of verified
 * organisations are public; drafts and closed needs answer not_found.
 */
export async function getPublicNeed(actor: Actor, needId: string): Promise<PublicNeed> {
  authorizePublic(actor, "needs.board.read");
  if (!uuidRe.test(needId)) throw new AppError("not_found");
  const db = await getDb();
  const [raw] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT n.id, n.title, n.type, n.remote, o.name AS organization_name, o.kind AS organization_kind, o.id AS organization_id,
             f.name AS facility_name, f.type AS facility_type, t.name_en AS taluka_name,
             d.name_en AS district_name, d.division, s.name AS specialty_name, p.label AS profession_label,
             n.specialty_code, n.profession_code,
             n."window"::text AS window, n.min_days, n.max_days, n.hours_per_week, n.weeks, n.slots,
             n.application_deadline::text AS application_deadline, n.description, n.min_credential_level,
             n.offers_housing, n.offers_meals, n.offers_local_travel, n.offers_stipend, n.offers_indemnity,
             ((SELECT count(*) FROM placements pl WHERE pl.need_id = n.id AND pl.status IN ('offered', 'scheduled', 'active')) >= n.slots) AS filled,
             1 AS total
      FROM needs n
      JOIN organizations o ON o.id = n.organization_id
      LEFT JOIN facilities f ON f.id = n.facility_id
      LEFT JOIN ref_talukas t ON t.code = f.taluka_code
      LEFT JOIN ref_districts d ON d.code = n.district_code
      LEFT JOIN ref_specialties s ON s.code = n.specialty_code
      LEFT JOIN ref_professions p ON p.code = n.profession_code
      WHERE n.id = ${needId} AND n.status = 'open' AND o.status = 'verified'`),
  );
  if (!raw) throw new AppError("not_found");
  const languages = await db
    .select({ code: needLanguages.languageCode, name: refLanguages.nameEn, required: needLanguages.required })
    .from(needLanguages)
    .innerJoin(refLanguages, eq(refLanguages.code, needLanguages.languageCode))
    .where(eq(needLanguages.needId, needId))
    .orderBy(asc(refLanguages.nameEn));
  const [mine] =
    actor.kind === "user"
      ? await db
          .select({ id: interests.id, status: interests.status })
          .from(interests)
          .where(and(eq(interests.needId, needId), eq(interests.volunteerId, actor.id)))
      : [];
  return {
    ...toBoardNeed(raw as never),
    description: String(raw.description ?? ""),
    organizationKind: String(raw.organization_kind),
    organizationId: String(raw.organization_id),
    facilityType: (raw.facility_type as string | null) ?? null,
    talukaName: (raw.taluka_name as string | null) ?? null,
    minCredentialLevel: Number(raw.min_credential_level),
    offers: {
      housing: raw.offers_housing === true,
      meals: raw.offers_meals === true,
      localTravel: raw.offers_local_travel === true,
      stipend: raw.offers_stipend === true,
      indemnity: raw.offers_indemnity === true,
    },
    languages,
    myInterest: mine ?? null,
  };
}
