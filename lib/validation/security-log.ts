import { z } from "zod";
import { securityEventKinds } from "@/db/schema/accounts";

const pageNo = z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid").max(10_000, "invalid").default(1);

export const listOwnSecurityEventsSchema = z.object({ page: pageNo });

export const searchSecurityEventsSchema = z.object({
  email: z.preprocess((v) => (typeof v === "string" && v.trim() ? v.trim().toLowerCase() : undefined), z.string().max(254, "too_long").optional()),
  kind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(securityEventKinds, { error: "invalid" }).optional()),
  page: pageNo,
});
