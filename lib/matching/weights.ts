// Every weight of the match score in one place (DESIGN rule 4). All are integers so that scores
// are integers: the round solver (solver/min-cost-flow.ts) relies on that for exactness.
//
// Scale: a typical good match scores 100–200. The base makes every eligible pair worth placing
// (a positive edge); the rest rank eligible volunteers against each other.

export const WEIGHTS = {
  /** Every eligible pair: meeting all hard requirements is what matters most. */
  eligibleBase: 50,

  /** Specialty fit: the need's specialty is the volunteer's primary one. */
  specialtyExactPrimary: 40,
  /** … one of the volunteer's other specialties. */
  specialtyExactSecondary: 25,
  /** … related to one of the volunteer's specialties (related-specialties.ts). */
  specialtyRelated: 10,

  /** Days of overlap beyond the need's minimum (counted up to its maximum): points per full week. */
  overlapPointsPerExtraWeek: 2,
  overlapPointsMax: 20,

  /** Each preferred language spoken at least conversationally. */
  preferredLanguage: 10,

  /** The volunteer comes from the need's district. */
  originDistrict: 15,
  /** The volunteer named the need's district as preferred. */
  preferredDistrict: 8,

  /** Verification above the need's minimum: points per level. */
  credentialLevelAboveMinimum: 5,

  /** Experience: points per full two years, capped. */
  experiencePointsPerTwoYears: 1,
  experiencePointsMax: 10,

  /** Past completed placements on the platform, capped. */
  pastPlacement: 3,
  pastPlacementMax: 15,
  /** Mean feedback: points per feedback point above (or below) 3 of 5, rounded. */
  feedbackPerPointAboveThree: 5,

  /** Each endorsement from a diaspora association, capped. */
  endorsement: 4,
  endorsementMax: 12,

  /** Fairness: never offered a placement before. */
  neverOffered: 8,
} as const;

export type WeightKey = keyof typeof WEIGHTS;
