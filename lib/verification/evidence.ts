// PURE: the rules that tie a verification level to the licence it rests on (DESIGN rules 3 and 3a,
// docs/decisions/009-levels-rest-on-evidence.md). The data layer (set-verification-level.ts,
// licences.ts) decides with these functions; the database trigger licences_guard_level_evidence
// (migration 0012) holds the same field list; tests/unit/level-evidence.property.test.ts checks
// random histories against a reference model built from the evidence alone.

/** Where a level 3 may rest until the recognition model exists: a registration issued in India. */
export const PRACTICE_COUNTRY = "IN";

export type LicenceStatus = "unverified" | "verified" | "rejected" | "expired";

/** What a coordinator checks on a licence. Changing any of it voids a decision resting on it. */
export type LicenceEvidence = {
  authority: string;
  countryCode: string;
  region: string | null;
  number: string;
  validFrom: string | null;
  validTo: string | null;
  documentId: string | null;
};

export function evidenceChanged(before: LicenceEvidence, after: LicenceEvidence): boolean {
  return (
    before.authority !== after.authority ||
    before.countryCode !== after.countryCode ||
    (before.region ?? null) !== (after.region ?? null) ||
    before.number !== after.number ||
    (before.validFrom ?? null) !== (after.validFrom ?? null) ||
    (before.validTo ?? null) !== (after.validTo ?? null) ||
    (before.documentId ?? null) !== (after.documentId ?? null)
  );
}

export type LevelRefusal = "licenceRequired" | "licenceRejected" | "licenceExpired" | "level3NeedsRoute";

/**
 * Why a coordinator's decision for `level` on `licence` (the volunteer's own, or null) cannot stand
 * on `today`, or null when it can. Levels 0–1 rest on no licence.
 */
export function levelRefusal(
  level: number,
  licence: (Pick<LicenceEvidence, "countryCode" | "validTo"> & { status: LicenceStatus }) | null,
  today: string,
): LevelRefusal | null {
  if (level < 2) return null;
  if (!licence) return "licenceRequired";
  if (licence.status === "rejected") return "licenceRejected";
  if (licence.status === "expired" || (licence.validTo !== null && licence.validTo < today)) return "licenceExpired";
  if (level === 3 && licence.countryCode !== PRACTICE_COUNTRY) return "level3NeedsRoute";
  return null;
}
