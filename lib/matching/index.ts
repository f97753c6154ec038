// Public surface of the pure matching engine (DESIGN rules 4 and 5). Imports nothing from db/,
// next/ or react.

export type * from "./types";
export { WEIGHTS } from "./weights";
export { areRelatedSpecialties } from "./related-specialties";
export { exclusionsFor, bestOverlapDays, specialtyFit, speaks, windowsForNeed } from "./eligibility";
export { scoreComponents } from "./score";
export { evaluate } from "./explain";
export { rankNeedsForVolunteer, rankVolunteersForNeed, type Ranked } from "./rank";
export { stableMatch, type StableNeed, type StableVolunteer } from "./stable";
export { solveAssignment } from "./solver/min-cost-flow";
export { checkAssignment, type CheckResult } from "./solver/check";
export type { AssignmentProblem, AssignmentSolution, AssignmentStats } from "./solver/types";
