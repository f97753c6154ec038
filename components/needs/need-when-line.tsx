import { getTranslations } from "next-intl/server";
import type { BoardNeed } from "@/lib/data/needs/search-needs";

/** Window, length (days in person; hours and weeks remote), places and deadline on one line. */
export async function NeedWhenLine({ need }: { need: BoardNeed }) {
  const t = await getTranslations("needs");
  const length = need.remote && need.hoursPerWeek && need.weeks
    ? t("remoteCommitment", { hours: need.hoursPerWeek, weeks: need.weeks })
    : t("stayDays", { min: need.minDays, max: need.maxDays });
  return (
    <p className="text-sm">
      {t("window", { start: need.windowStart, end: need.windowEnd })} · {length} · {t("slots", { count: need.slots })}
      {need.applicationDeadline ? ` · ${t("deadline", { date: need.applicationDeadline })}` : ""}
    </p>
  );
}
