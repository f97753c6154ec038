// Typed application errors: one place maps them to HTTP statuses and to form states.
export type AppErrorCode = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid_input" | "rule_violation" | "rate_limited";

export const httpStatus: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_input: 400,
  rule_violation: 422,
  rate_limited: 429,
};

/** fieldErrors values are message keys in the "errors" namespace (or zod messages mapped to keys). */
export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    /** A message-catalogue key under "errors", e.g. "errors.conflicts.overlap". */
    public readonly messageKey: string = `errors.${code}`,
    public readonly fieldErrors: Record<string, string[]> = {},
    public readonly details: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
  get status(): number {
    return httpStatus[this.code];
  }
}

export const notFound = () => new AppError("not_found");
export const forbidden = () => new AppError("forbidden");
export const unauthenticated = () => new AppError("unauthenticated");
export const conflict = (key = "errors.conflict") => new AppError("conflict", key);
export const ruleViolation = (key: string, details: Record<string, string | number> = {}) => new AppError("rule_violation", key, {}, details);

/** Constraint names → conflict message keys. SQLSTATE 23505 unique, 23P01 exclusion, 23514 check. */
const constraintMessages: Record<string, string> = {
  placements_no_overlap: "errors.conflicts.overlap",
  placements_slot_capacity: "errors.conflicts.slots",
  users_email_unique: "errors.conflicts.email",
  matches_open_pair_uq: "errors.conflicts.matchExists",
  interests_need_volunteer_uq: "errors.conflicts.interestExists",
  feedback_placement_side_uq: "impact.errors.feedbackExists",
  licence_evidence_in_use: "errors.conflicts.evidenceInUse",
  needs_clinical_min_level: "needs.errors.clinicalLevel",
};

type PgLikeError = { code?: string; constraint?: string; constraint_name?: string; cause?: unknown };

function pgError(e: unknown): PgLikeError | null {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === "object"; i++) {
    const c = cur as PgLikeError;
    if (typeof c.code === "string" && /^[0-9A-Z]{5}$/.test(c.code)) return c;
    cur = c.cause;
  }
  return null;
}

/** Turns a database constraint violation into a clear conflict; anything else is rethrown. */
export function mapDbError(e: unknown): never {
  if (e instanceof AppError) throw e;
  const pg = pgError(e);
  if (pg && (pg.code === "23505" || pg.code === "23P01" || pg.code === "23514" || pg.code === "40001" || pg.code === "40P01")) {
    const name = pg.constraint ?? pg.constraint_name ?? "";
    throw new AppError("conflict", constraintMessages[name] ?? "errors.conflict", {}, { constraint: name });
  }
  if (pg && pg.code === "23503") throw new AppError("invalid_input", "errors.invalid_reference");
  throw e;
}

export function sqlState(e: unknown): string | undefined {
  return pgError(e)?.code;
}
