// Hard requirements (DESIGN rule 4): each unmet one excludes the pair with a reason code. All are
// checked (not just the first) so that a coordinator sees everything that stands in the way.

import { areRelatedSpecialties } from "./related-specialties";
import { addDays, overlapDays, toDayNumber } from "./dates";
import { languageName, plural, specialtyName } from "./text";
import type { AvailabilityWindow, Exclusion, NameLookup, NeedFacts, Proficiency, VolunteerFacts } from "./types";

const PROFICIENCY_RANK: Record<Proficiency, number> = { basic: 0, conversational: 1, fluent: 2, native: 3 };

/** A required or preferred language counts when spoken at least conversationally. */
export function speaks(volunteer: VolunteerFacts, code: string): boolean {
  return volunteer.languages.some((l) => l.code === code && PROFICIENCY_RANK[l.proficiency] >= PROFICIENCY_RANK.conversational);
}

/** The availability windows of the mode the need asks for (remote need ↔ remote availability). */
export function windowsForNeed(volunteer: VolunteerFacts, need: NeedFacts): AvailabilityWindow[] {
  const mode = need.remote ? "remote" : "in_person";
  return volunteer.availability.filter((w) => w.mode === mode);
}

/** The longest overlap, in days, of one of the volunteer's windows with the need's window. */
export function bestOverlapDays(volunteer: VolunteerFacts, need: NeedFacts): number {
  let best = 0;
  for (const w of windowsForNeed(volunteer, need)) best = Math.max(best, overlapDays(w, need.window));
  return best;
}

export type SpecialtyFit = "exact_primary" | "exact_secondary" | "related" | "none" | "not_required";

export function specialtyFit(volunteer: VolunteerFacts, need: NeedFacts): SpecialtyFit {
  const wanted = need.specialtyCode;
  if (wanted === null) return "not_required";
  const exact = volunteer.specialties.find((s) => s.code === wanted);
  if (exact) return exact.primary ? "exact_primary" : "exact_secondary";
  if (volunteer.specialties.some((s) => areRelatedSpecialties(s.code, wanted))) return "related";
  return "none";
}

export function exclusionsFor(volunteer: VolunteerFacts, need: NeedFacts, names?: NameLookup): Exclusion[] {
  const out: Exclusion[] = [];
  if (!volunteer.consentMatching) {
    out.push({ code: "consent_withdrawn", params: {}, text: "Has not consented to matching" });
  }
  if (need.professionCode !== null && volunteer.professionCode !== need.professionCode) {
    out.push({
      code: "profession_mismatch",
      params: { required: need.professionCode, actual: volunteer.professionCode },
      text: `Profession ${volunteer.professionCode} is not the required ${need.professionCode}`,
    });
  }
  if (specialtyFit(volunteer, need) === "none") {
    const code = need.specialtyCode as string;
    out.push({
      code: "specialty_mismatch",
      params: { specialty: code },
      text: `No specialty equal or related to ${specialtyName(code, names)}`,
    });
  }
  if (need.remote ? !volunteer.remote : !volunteer.inPerson) {
    const mode = need.remote ? "remote" : "in_person";
    out.push({
      code: "mode_mismatch",
      params: { mode },
      text: need.remote ? "Does not serve remotely" : "Does not serve in person",
    });
  }
  if (volunteer.verificationLevel < need.minCredentialLevel) {
    out.push({
      code: "credential_level_too_low",
      params: { level: volunteer.verificationLevel, required: need.minCredentialLevel },
      text: `Verification level ${volunteer.verificationLevel} is below the required ${need.minCredentialLevel}`,
    });
  } else if (need.minCredentialLevel > 0 && volunteer.verificationValidUntil !== null) {
    // DESIGN rule 3: levels expire with the licence; it must hold through the window's last day.
    const lastDay = addDays(need.window.end, -1);
    if (toDayNumber(volunteer.verificationValidUntil) < toDayNumber(lastDay)) {
      out.push({
        code: "credential_expires_in_window",
        params: { validUntil: volunteer.verificationValidUntil, windowEnd: lastDay },
        text: `Verification expires on ${volunteer.verificationValidUntil}, before the window ends on ${lastDay}`,
      });
    }
  }
  const overlap = bestOverlapDays(volunteer, need);
  if (overlap < need.minDays) {
    out.push({
      code: "insufficient_overlap",
      params: { days: overlap, minDays: need.minDays, mode: need.remote ? "remote" : "in_person" },
      text: `Available ${plural(overlap, "day")} ${need.remote ? "remotely" : "in person"} in the window; at least ${plural(need.minDays, "day")} required`,
    });
  }
  for (const code of need.requiredLanguages) {
    if (!speaks(volunteer, code)) {
      out.push({
        code: "required_language_missing",
        params: { language: code },
        text: `Does not speak ${languageName(code, names)} (required)`,
      });
    }
  }
  return out;
}
