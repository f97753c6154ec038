import { getTranslations } from "next-intl/server";
import type { BoardNeed } from "@/lib/data/needs/search-needs";
import { getWhen } from "@/lib/i18n/when-server";

/** Window, length (days in person; hours and weeks remote), places and deadline on one line. */
export async function NeedWhenLine({ need }: { need: BoardNeed }) {
  const t = await getTranslations("needs");
  const when = await getWhen();
  const tEveryday = await getTranslations("everyday");
  const length =
    need.remote && need.hoursPerWeek && need.weeks
      ? t("remoteCommitment", { hours: need.hoursPerWeek, weeks: need.weeks })
      : need.minDays === need.maxDays
        ? tEveryday("stayExactly", { days: need.minDays })
        : t("stayDays", { min: need.minDays, max: need.maxDays });
  return (
    <p className="text-sm">
      {when.days(need.windowStart, need.windowEnd)} · {length} · {t("slots", { count: need.slots })}
      {need.applicationDeadline ? ` · ${t("deadline", { date: when.day(need.applicationDeadline) })}` : ""}
    </p>
  );
}
