// Small deterministic factories for the matching engine tests.
import type { NeedFacts, VolunteerFacts } from "@/lib/matching/types";

export function volunteer(over: Partial<VolunteerFacts> = {}): VolunteerFacts {
  return {
    id: "v1",
    professionCode: "2211",
    specialties: [{ code: "08", primary: true }],
    languages: [
      { code: "eng", proficiency: "fluent" },
      { code: "mar", proficiency: "native" },
    ],
    originDistrictCode: null,
    preferredDistrictCodes: [],
    inPerson: true,
    remote: true,
    verificationLevel: 3,
    verificationValidUntil: null,
    yearsExperience: 0,
    completedPlacements: 0,
    averageFeedback: null,
    endorsements: 0,
    everOffered: true,
    consentMatching: true,
    availability: [{ start: "2025-01-01", end: "2025-03-01", mode: "in_person", hoursPerWeek: null }],
    ...over,
  };
}

export function need(over: Partial<NeedFacts> = {}): NeedFacts {
  return {
    id: "n1",
    type: "rural_primary_care",
    remote: false,
    professionCode: "2211",
    specialtyCode: "08",
    districtCode: "490",
    window: { start: "2025-01-01", end: "2025-03-01" },
    minDays: 30,
    maxDays: 59,
    slots: 2,
    minCredentialLevel: 3,
    requiredLanguages: [],
    preferredLanguages: [],
    ...over,
  };
}
