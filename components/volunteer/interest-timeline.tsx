import { getFormatter, getTranslations } from "next-intl/server";
import type { TimelineStep } from "@/lib/data/volunteers/interest-timeline";

const marker: Record<TimelineStep["state"], string> = {
  done: "bg-green-700 border-green-700",
  current: "bg-white border-brand-700 border-2",
  upcoming: "bg-white border-gray-400",
  stopped: "bg-danger border-danger",
};

/** Where an interest stands, step by step; the state is written out, never shown by colour alone. */
export async function InterestTimeline({ steps }: { steps: TimelineStep[] }) {
  const t = await getTranslations("volunteer.interests");
  const format = await getFormatter();
  return (
    <ol aria-label={t("timeline")} className="mt-3 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-4">
      {steps.map((s) => (
        <li key={s.key} aria-current={s.state === "current" ? "step" : undefined} className="flex items-center gap-2 text-sm">
          <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full border ${marker[s.state]}`} />
          <span className={s.state === "upcoming" ? "text-muted" : s.state === "current" ? "font-semibold" : ""}>
            {t(`steps.${s.key}`)} ({s.outcome ? t(`outcomes.${s.outcome as "withdrawn"}`) : t(`stepStates.${s.state}`)})
            {s.at && s.state !== "upcoming" ? ` · ${format.dateTime(new Date(s.at), { dateStyle: "medium" })}` : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}
