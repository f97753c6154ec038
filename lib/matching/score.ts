// Soft components of a match score (DESIGN rule 4). Each returns integer points, a key and params
// (for translation) and a default English sentence. Only called for eligible pairs.

import { WEIGHTS } from "./weights";
import { bestOverlapDays, specialtyFit, speaks } from "./eligibility";
import { districtName, languageName, plural, signedPoints, specialtyName } from "./text";
import type { NameLookup, NeedFacts, Reason, ReasonParams, VolunteerFacts } from "./types";

function reason(key: string, points: number, params: ReasonParams, sentence: string): Reason {
  return { key, points, params, text: `${sentence}: ${signedPoints(points)}` };
}

export function eligibleBase(): Reason {
  return reason("eligible", WEIGHTS.eligibleBase, {}, "Meets every requirement");
}

export function specialtyComponent(v: VolunteerFacts, n: NeedFacts, names?: NameLookup): Reason | null {
  const fit = specialtyFit(v, n);
  if (fit === "not_required" || fit === "none") return null;
  const specialty = n.specialtyCode as string;
  const name = specialtyName(specialty, names);
  if (fit === "exact_primary") return reason("specialty.exactPrimary", WEIGHTS.specialtyExactPrimary, { specialty }, `Primary specialty is ${name}`);
  if (fit === "exact_secondary") return reason("specialty.exactSecondary", WEIGHTS.specialtyExactSecondary, { specialty }, `Also practises ${name}`);
  return reason("specialty.related", WEIGHTS.specialtyRelated, { specialty }, `Practises a specialty related to ${name}`);
}

export function overlapComponent(v: VolunteerFacts, n: NeedFacts): Reason {
  const overlap = bestOverlapDays(v, n);
  const extra = Math.max(0, Math.min(overlap, n.maxDays) - n.minDays);
  const points = Math.min(WEIGHTS.overlapPointsMax, Math.floor(extra / 7) * WEIGHTS.overlapPointsPerExtraWeek);
  return reason(
    "overlap",
    points,
    { days: overlap, minDays: n.minDays, extraDays: extra },
    `Available ${plural(overlap, "day")} in the window (minimum ${n.minDays})`,
  );
}

export function preferredLanguageComponents(v: VolunteerFacts, n: NeedFacts, names?: NameLookup): Reason[] {
  return n.preferredLanguages
    .filter((code) => speaks(v, code))
    .map((language) => reason("language.preferred", WEIGHTS.preferredLanguage, { language }, `Speaks ${languageName(language, names)} (preferred)`));
}

export function districtComponents(v: VolunteerFacts, n: NeedFacts, names?: NameLookup): Reason[] {
  const district = n.districtCode;
  if (district === null) return [];
  const out: Reason[] = [];
  const name = districtName(district, names);
  if (v.originDistrictCode === district) out.push(reason("district.origin", WEIGHTS.originDistrict, { district }, `Comes from ${name}`));
  if (v.preferredDistrictCodes.includes(district))
    out.push(reason("district.preferred", WEIGHTS.preferredDistrict, { district }, `Prefers to serve in ${name}`));
  return out;
}

export function credentialComponent(v: VolunteerFacts, n: NeedFacts): Reason | null {
  const above = v.verificationLevel - n.minCredentialLevel;
  if (above <= 0) return null;
  return reason(
    "credential.aboveMinimum",
    above * WEIGHTS.credentialLevelAboveMinimum,
    { level: v.verificationLevel, required: n.minCredentialLevel },
    `Verified at level ${v.verificationLevel} (required ${n.minCredentialLevel})`,
  );
}

export function modeComponent(n: NeedFacts): Reason {
  // Mode is a hard requirement; the zero-point reason only tells the coordinator it was met.
  return n.remote
    ? reason("mode.remote", 0, { mode: "remote" }, "Serves remotely, as the need requires")
    : reason("mode.inPerson", 0, { mode: "in_person" }, "Serves in person, as the need requires");
}

export function experienceComponent(v: VolunteerFacts): Reason | null {
  const years = Math.max(0, Math.floor(v.yearsExperience));
  const points = Math.min(WEIGHTS.experiencePointsMax, Math.floor(years / 2) * WEIGHTS.experiencePointsPerTwoYears);
  if (points === 0) return null;
  return reason("experience", points, { years }, `${plural(years, "year")} of experience`);
}

export function pastServiceComponents(v: VolunteerFacts): Reason[] {
  const out: Reason[] = [];
  const count = Math.max(0, Math.floor(v.completedPlacements));
  if (count > 0) {
    out.push(
      reason("pastService.placements", Math.min(WEIGHTS.pastPlacementMax, count * WEIGHTS.pastPlacement), { count }, `Completed ${plural(count, "placement")}`),
    );
    if (v.averageFeedback !== null) {
      const points = Math.round((v.averageFeedback - 3) * WEIGHTS.feedbackPerPointAboveThree);
      if (points !== 0)
        out.push(
          reason(
            "pastService.feedback",
            points,
            { average: Math.round(v.averageFeedback * 10) / 10 },
            `Average feedback ${(Math.round(v.averageFeedback * 10) / 10).toFixed(1)} of 5`,
          ),
        );
    }
  }
  return out;
}

export function endorsementComponent(v: VolunteerFacts): Reason | null {
  const count = Math.max(0, Math.floor(v.endorsements));
  if (count === 0) return null;
  return reason("endorsements", Math.min(WEIGHTS.endorsementMax, count * WEIGHTS.endorsement), { count }, `Endorsed by ${plural(count, "association")}`);
}

export function fairnessComponent(v: VolunteerFacts): Reason | null {
  if (v.everOffered) return null;
  return reason("fairness.neverOffered", WEIGHTS.neverOffered, {}, "Never offered a placement yet");
}

/** All soft components of an eligible pair, in display order. */
export function scoreComponents(v: VolunteerFacts, n: NeedFacts, names?: NameLookup): Reason[] {
  const parts: (Reason | null)[] = [
    eligibleBase(),
    specialtyComponent(v, n, names),
    overlapComponent(v, n),
    ...preferredLanguageComponents(v, n, names),
    ...districtComponents(v, n, names),
    credentialComponent(v, n),
    modeComponent(n),
    experienceComponent(v),
    ...pastServiceComponents(v),
    endorsementComponent(v),
    fairnessComponent(v),
  ];
  return parts.filter((r): r is Reason => r !== null);
}
