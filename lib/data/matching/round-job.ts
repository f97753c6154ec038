/** The job kind of a matching round (lib/jobs/registry.ts runs it with runRound). */
export const ROUND_JOB = "matching.round";
