// DESIGN rule 3: what each verification level means, what it unlocks, and what this volunteer still
// lacks for the next one. PURE: computed from facts the page already loaded. Levels themselves are
// set only by a coordinator's recorded decision (placements issue), never here.

export type LevelFacts = {
  level: number;
  validUntil: string | null;
  hasPhone: boolean;
  hasProfession: boolean;
  licences: { status: string; hasDocument: boolean; hasNumber: boolean; validTo: string | null; countryCode: string }[];
};

export type MissingItem =
  | "phone"
  | "profession"
  | "licence"
  | "licenceDocument"
  | "licenceExpiry"
  | "coordinatorIdentityCheck"
  | "coordinatorLicenceCheck"
  | "indianRegistration"
  | "coordinatorStandingCheck";

/** The level whose checklist applies next (3 has none). */
export function missingForNextLevel(f: LevelFacts): { nextLevel: number | null; missing: MissingItem[] } {
  if (f.level >= 3) return { nextLevel: null, missing: [] };
  const next = f.level + 1;
  const missing: MissingItem[] = [];
  if (next === 1) {
    if (!f.hasPhone) missing.push("phone");
    missing.push("coordinatorIdentityCheck");
  } else if (next === 2) {
    if (!f.hasProfession) missing.push("profession");
    const usable = f.licences.filter((l) => l.hasNumber);
    if (usable.length === 0) missing.push("licence");
    else {
      if (!usable.some((l) => l.hasDocument)) missing.push("licenceDocument");
      if (!usable.some((l) => l.validTo)) missing.push("licenceExpiry");
    }
    missing.push("coordinatorLicenceCheck");
  } else {
    // Level 3: recognised where the need is, e.g. a temporary registration in India for a foreign-qualified doctor.
    if (!f.licences.some((l) => l.countryCode === "IN" && l.hasDocument)) missing.push("indianRegistration");
    missing.push("coordinatorStandingCheck");
  }
  return { nextLevel: next, missing };
}

export const verificationLevels = [0, 1, 2, 3] as const;
