import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { VolunteerNav } from "@/components/volunteer/volunteer-nav";
import { MonthCalendar, type CalendarPlacement } from "@/components/volunteer/month-calendar";
import { requirePageActor } from "@/lib/auth/page";
import { listMyAvailability } from "@/lib/data/volunteers/availability";
import { listMyPlacements } from "@/lib/data/placements/list-my-offers";
import { getPlatformSettings } from "@/lib/data/settings/get-platform-settings";
import { addDays, todayUtc } from "@/lib/validation/calendar-dates";
import { monthSchema } from "@/lib/validation/volunteers";
import { AvailabilityForm } from "./availability-form";
import { deleteAvailabilityAction } from "./actions";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("volunteer.availability"))("title") };
}

export default async function VolunteerAvailabilityPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const actor = await requirePageActor("volunteer.profile.edit");
  const t = await getTranslations("volunteer.availability");
  const tEveryday = await getTranslations("everyday");
  const when = await getWhen();
  const [windows, { capDays }, mine] = await Promise.all([listMyAvailability(actor), getPlatformSettings(), listMyPlacements(actor)]);
  const shown = new Set(["offered", "scheduled", "active", "completed"]);
  const placements = mine
    .filter((p) => shown.has(p.status))
    .map((p) => ({ id: p.id, start: p.firstDay, end: addDays(p.lastDay, 1), status: p.status, title: p.need.title }) as CalendarPlacement);
  const requested = (await searchParams).month;
  const month = monthSchema.safeParse(requested).success ? requested! : (windows.find((w) => w.end > todayUtc())?.start ?? todayUtc()).slice(0, 7);
  return (
    <div>
      <PageTitle>{t("title")}</PageTitle>
      <VolunteerNav current="availability" />
      <p className="mb-1">{t("intro")}</p>
      <p className="mb-4 text-sm text-muted">{t("capNote", { days: capDays })}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-6">
          <Card title={t("add")}>
            <AvailabilityForm />
          </Card>
          <Card title={t("list")}>
            {windows.length === 0 ? (
              <p>{t("none")}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {windows.map((w) => (
                  <li key={w.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-gray-100 pb-2">
                    <span>
                      <strong>{t(`modes.${w.mode}`)}</strong>: {tEveryday("spanDays", { range: when.days(w.start, w.lastDay), days: w.days })}
                      {w.hoursPerWeek ? ` · ${t("hours", { hours: w.hoursPerWeek })}` : ""}
                    </span>
                    <form action={deleteAvailabilityAction}>
                      <input type="hidden" name="id" value={w.id} />
                      <Button type="submit" variant="secondary" aria-label={`${t("delete")}: ${when.days(w.start, w.lastDay)}`}>
                        {t("delete")}
                      </Button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <Card title={t("monthTitle")}>
          <MonthCalendar month={month} windows={windows} placements={placements} basePath="/volunteer/availability" />
        </Card>
      </div>
    </div>
  );
}
