import { z } from "zod";
import { requiredText, uuid } from "./common";

export const verificationLevels = [0, 1, 2, 3] as const;

/** DESIGN rule 3: levels 2 and 3 rest on a licence; its expiry ends the level's validity. */
export const setVerificationLevelSchema = z
  .object({
    volunteerId: uuid,
    level: z.coerce.number({ error: "required" }).int("invalid").min(0, "invalid").max(3, "invalid"),
    licenceId: z.preprocess((v) => (v === "" || v == null ? undefined : v), uuid.optional()),
    note: requiredText(1000),
  })
  .refine((v) => v.level < 2 || v.licenceId !== undefined, { path: ["licenceId"], message: "coordinator.verification.licenceRequired" });

export const rejectLicenceSchema = z.object({ licenceId: uuid, note: requiredText(1000) });

export const verificationQueueSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});
