"use client";
import { useLocale, useTimeZone } from "next-intl";
import { boundWhen } from "@/lib/i18n/when-bound";
import { PLATFORM_TIME_ZONE } from "@/lib/i18n/when";

/** The one set of date/time formatters in a client component (ADR 011). */
export function useWhen() {
  return boundWhen(useLocale(), useTimeZone() ?? PLATFORM_TIME_ZONE);
}
