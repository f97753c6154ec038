// Inputs of the pure matching engine (DESIGN rule 4). Dates are ISO 'YYYY-MM-DD' strings; every
// range is half-open: `end` is the first day that is NOT included.

import type { NeedType, proficiencies, ServiceMode } from "@/lib/vocabulary/domain";

export type Proficiency = (typeof proficiencies)[number];
export type AvailabilityMode = ServiceMode;
export type { NeedType };

export interface DateRange {
  start: string;
  /** Exclusive. */
  end: string;
}

export interface AvailabilityWindow extends DateRange {
  mode: AvailabilityMode;
  hoursPerWeek: number | null;
}

export interface VolunteerFacts {
  id: string;
  professionCode: string;
  /** CMS Medicare specialty codes (db/reference/specialties_cms_medicare.csv). */
  specialties: { code: string; primary: boolean }[];
  /** ISO 639-3 codes. */
  languages: { code: string; proficiency: Proficiency }[];
  /** LGD district code of origin. */
  originDistrictCode: string | null;
  preferredDistrictCodes: string[];
  inPerson: boolean;
  remote: boolean;
  /** DESIGN rule 3: 0 self-declared … 3 in good standing where the need is. */
  verificationLevel: 0 | 1 | 2 | 3;
  /** Last day the verification holds (inclusive); null when it does not expire. */
  verificationValidUntil: string | null;
  yearsExperience: number;
  completedPlacements: number;
  /** Mean organisation feedback, 1–5, null when none. */
  averageFeedback: number | null;
  endorsements: number;
  everOffered: boolean;
  consentMatching: boolean;
  availability: AvailabilityWindow[];
}

export interface NeedFacts {
  id: string;
  type: NeedType;
  remote: boolean;
  professionCode: string | null;
  specialtyCode: string | null;
  districtCode: string | null;
  window: DateRange;
  minDays: number;
  maxDays: number;
  slots: number;
  minCredentialLevel: number;
  requiredLanguages: string[];
  preferredLanguages: string[];
}

/** Names for codes, so that English sentences read well; codes are used when a name is missing. */
export interface NameLookup {
  language?: (code: string) => string | undefined;
  specialty?: (code: string) => string | undefined;
  district?: (code: string) => string | undefined;
}

export type ReasonParams = Record<string, string | number>;

/** One soft component of a score: renderable in any language from key + params. */
export interface Reason {
  key: string;
  points: number;
  params: ReasonParams;
  /** Default English sentence, e.g. "Speaks Marathi (preferred): +10". */
  text: string;
}

/** One hard requirement that is not met. */
export interface Exclusion {
  code: ExclusionCode;
  params: ReasonParams;
  text: string;
}

export type ExclusionCode =
  | "consent_withdrawn"
  | "profession_mismatch"
  | "specialty_mismatch"
  | "mode_mismatch"
  | "credential_level_too_low"
  | "credential_expires_in_window"
  | "insufficient_overlap"
  | "required_language_missing";

export type Evaluation = { eligible: false; exclusions: Exclusion[] } | { eligible: true; score: number; reasons: Reason[]; overlapDays: number };
