import { customType } from "drizzle-orm/pg-core";

/**
 * PostgreSQL `daterange`, kept as its canonical text form `[2027-01-01,2027-02-01)`.
 * drizzle has no range type; DESIGN rule 2 needs a real range for the exclusion constraint.
 * Helpers to build and read the text live in lib/dates/date-range.ts.
 */
export const daterange = customType<{ data: string; driverData: string }>({
  dataType() {
    return "daterange";
  },
});

/** Weighted full-text document, maintained by a trigger (hand-written migration). */
export const tsvector = customType<{ data: string; driverData: string }>({
  dataType() {
    return "tsvector";
  },
});
