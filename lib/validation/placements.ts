import { z } from "zod";
import { requiredText, uuid } from "./common";

// Offer and placement inputs (issue #6).
export const placementIdSchema = z.object({ placementId: uuid });
export const placementReasonSchema = z.object({ placementId: uuid, reason: requiredText(500) });
export const arrivalDetailsSchema = z.object({ placementId: uuid, arrivalDetails: requiredText(2000) });
