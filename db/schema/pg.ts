// One import point for column builders, so every schema file uses timestamptz the same way.
import { timestamp } from "drizzle-orm/pg-core";
export * from "drizzle-orm/pg-core";

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
