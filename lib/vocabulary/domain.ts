// The domain's vocabularies, each written once. PURE: the database enums (db/schema), the zod
// schemas (lib/validation), the engine's types (lib/matching), the UI's options and the message
// catalogue derive from these lists; tests/unit/vocabulary.test.ts checks the catalogue names each value.

export const roles = ["volunteer", "organization", "coordinator", "admin"] as const;
export type Role = (typeof roles)[number];
export const userStatuses = ["active", "deactivated", "deleted"] as const;

export const organizationKinds = [
  "state_health_department",
  "district_health_office",
  "government_medical_college",
  "hospital",
  "ngo",
  "diaspora_association",
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
export const organizationStatuses = ["pending", "verified", "rejected"] as const;
export const facilityTypes = ["sub_centre", "phc", "chc", "sub_district_hospital", "district_hospital", "medical_college", "other"] as const;

export const needTypes = ["rural_primary_care", "specialist_camp", "teaching", "tele_mentoring", "public_health"] as const;
export type NeedType = (typeof needTypes)[number];
/** "filled" is derived from placements, never stored (issue 4). */
export const needStatuses = ["draft", "open", "closed", "cancelled"] as const;
export const serviceModes = ["in_person", "remote"] as const;
export type ServiceMode = (typeof serviceModes)[number];
export const interestStatuses = ["sent", "seen", "shortlisted", "not_suitable", "withdrawn"] as const;

export const proficiencies = ["basic", "conversational", "fluent", "native"] as const;
export const licenceStatuses = ["unverified", "verified", "rejected", "expired"] as const;
export const consentPurposes = ["matching", "profile_sharing", "contact_future"] as const;

export const roundKinds = ["optimal", "stable"] as const;
export const roundStatuses = ["queued", "running", "done", "failed"] as const;
export const matchSources = ["round", "interest", "organization", "coordinator"] as const;
export const matchStatuses = ["proposed", "approved", "rejected", "superseded"] as const;
/** An offer is a placement in "offered"; accepting makes it "scheduled", the rest end it. */
export const placementStatuses = ["offered", "scheduled", "active", "completed", "declined", "withdrawn", "cancelled", "expired"] as const;
export type PlacementStatus = (typeof placementStatuses)[number];

export const reportStatuses = ["draft", "submitted", "confirmed"] as const;
export const feedbackSides = ["volunteer", "organization"] as const;

/** What the pickers' reference search covers (GET /api/v1/reference/<kind>). */
export const referenceKinds = ["districts", "languages", "specialties", "professions", "countries", "states"] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

/** Where the catalogue names each value: `<namespace path>.<value>` must exist in messages/en. */
export const vocabularyMessages = {
  roles: roles,
  "admin.statuses": userStatuses,
  "organization.kinds": organizationKinds,
  "organization.statuses": organizationStatuses,
  "organization.facilities.types": facilityTypes,
  "needs.types": needTypes,
  "impact.needTypes": needTypes,
  "placements.needTypes": needTypes,
  "organization.needs.statuses": needStatuses,
  "needs.modes": serviceModes,
  "volunteer.availability.modes": serviceModes,
  "volunteer.interests.statuses": interestStatuses,
  "needs.detail.interestStatuses": interestStatuses,
  "volunteer.profile.proficiencies": proficiencies,
  "volunteer.licences.statuses": licenceStatuses,
  "coordinator.licenceStatus": licenceStatuses,
  "volunteer.consents.purposes": consentPurposes,
  "matching.rounds.kinds": roundKinds,
  "matching.rounds.statuses": roundStatuses,
  "coordinator.sources": matchSources,
  "coordinator.matchStatus": matchStatuses,
  "placements.status": placementStatuses,
  "impact.reports.statuses": reportStatuses,
} as const;
