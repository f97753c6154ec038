import { z } from "zod";
import { email, optionalText, requiredText, uuid } from "./common";

// One schema per input (CONVENTIONS); messages are keys under errors.field.* or full catalogue keys.

import { facilityTypes, organizationKinds } from "@/lib/vocabulary/domain";

export { facilityTypes, organizationKinds };

const intCode = z.coerce.number({ error: "required" }).int("invalid").positive("required");
const optionalIntCode = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int("invalid").positive("invalid").optional());

export const registerOrganizationSchema = z.object({
  name: requiredText(200),
  kind: z.enum(organizationKinds, { error: "required" }),
  stateCode: intCode,
  districtCode: optionalIntCode,
  contactEmail: email,
  contactPhone: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .max(30, "too_long")
      .regex(/^\+?[0-9][0-9 ()-]{5,}$/, "organization.errors.phoneInvalid")
      .optional(),
  ),
});
export type RegisterOrganizationInput = z.infer<typeof registerOrganizationSchema>;

export const decideOrganizationSchema = z
  .object({
    organizationId: uuid,
    decision: z.enum(["verify", "reject"], { error: "required" }),
    note: optionalText(1000),
  })
  .refine((v) => v.decision !== "reject" || (v.note ?? "").length > 0, { path: ["note"], message: "organization.errors.reasonRequired" });

export const listOrganizationsForReviewSchema = z.object({
  status: z.enum(["pending", "verified", "rejected", "all"]).catch("pending").default("pending"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const facilitySchema = z.object({
  organizationId: uuid,
  /** Present when editing an existing facility. */
  facilityId: z.preprocess((v) => (v === "" ? undefined : v), uuid.optional()),
  type: z.enum(facilityTypes, { error: "required" }),
  name: requiredText(200),
  districtCode: intCode,
  talukaCode: optionalIntCode,
  address: z.preprocess((v) => (v == null ? "" : v), z.string().trim().max(500, "too_long")),
  pincode: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .regex(/^[1-9][0-9]{5}$/, "organization.errors.pincodeInvalid")
      .optional(),
  ),
});
export type FacilityInput = z.infer<typeof facilitySchema>;

export const facilityRefSchema = z.object({ organizationId: uuid, facilityId: uuid });

export const createInviteSchema = z.object({
  organizationId: uuid,
  email: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), email.optional()),
  expiresInDays: z.preprocess((v) => (v === "" || v == null ? 7 : v), z.coerce.number().int("invalid").min(1, "invalid").max(14, "invalid")),
});

export const acceptInviteSchema = z.object({ token: z.string({ error: "required" }).trim().min(20, "invalid").max(200, "invalid") });

export const memberRefSchema = z.object({ organizationId: uuid, userId: uuid });

export const organizationRefSchema = z.object({ organizationId: uuid });
