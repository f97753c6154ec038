import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { addDays } from "@/lib/validation/calendar-dates";
import { getWhen } from "@/lib/i18n/when-server";

type Window = { start: string; end: string; mode: "in_person" | "remote" };
/** A placement or offer on the calendar: [start, end) like the windows, with what to call it. */
export type CalendarPlacement = { id: string; start: string; end: string; status: "offered" | "scheduled" | "active" | "completed"; title: string };

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/**
 * A month as a table (weeks × weekdays, Monday first), each day marked with the kinds of windows that
 * cover it and the offers and placements on it, which are also listed under the table (a day cell
 * only has room for a badge). Plain links move between months, so it works without JavaScript.
 */
export async function MonthCalendar({
  month,
  windows,
  placements = [],
  basePath,
}: {
  month: string;
  windows: Window[];
  placements?: CalendarPlacement[];
  basePath: string;
}) {
  const t = await getTranslations("volunteer.availability");
  const format = await getFormatter();
  const when = await getWhen();
  const tEveryday = await getTranslations("everyday");
  const first = `${month}-01`;
  const next = `${shiftMonth(month, 1)}-01`;
  const weekday = (d: string) => ((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7) + 1; // 1 = Monday
  const cells: (string | null)[] = Array.from({ length: weekday(first) - 1 }, () => null);
  for (let d = first; d < next; d = addDays(d, 1)) cells.push(d);
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const covering = (day: string) => windows.filter((w) => w.start <= day && day < w.end);
  const placed = (day: string) => placements.filter((p) => p.start <= day && day < p.end);
  const inMonth = placements.filter((p) => p.start < next && first < p.end).sort((a, b) => (a.start < b.start ? -1 : 1));
  const title = format.dateTime(new Date(`${first}T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <div>
      <div className="mb-2 flex items-center justify-between gap-2">
        <Link href={`${basePath}?month=${shiftMonth(month, -1)}`} className="text-brand-800 underline">
          ← {t("prevMonth")}
        </Link>
        <Link href={`${basePath}?month=${shiftMonth(month, 1)}`} className="text-brand-800 underline">
          {t("nextMonth")} →
        </Link>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed border-collapse text-center text-sm">
          <caption className="mb-2 text-left text-lg font-semibold">{title}</caption>
          <thead>
            <tr>
              {([1, 2, 3, 4, 5, 6, 7] as const).map((d) => (
                <th key={d} scope="col" className="p-1 font-medium">
                  {t(`weekdays.${d}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, i) => (
              <tr key={i}>
                {week.map((day, j) => {
                  if (!day) return <td key={j} className="border border-gray-100 p-1" />;
                  const kinds = covering(day);
                  const inPerson = kinds.some((k) => k.mode === "in_person");
                  const remote = kinds.some((k) => k.mode === "remote");
                  return (
                    <td key={j} className={`h-14 border border-gray-200 p-1 align-top ${inPerson ? "bg-green-50" : remote ? "bg-blue-50" : ""}`}>
                      <span className="block text-left">{Number(day.slice(8))}</span>
                      {inPerson ? <span className="block rounded bg-green-700 px-1 text-xs text-white">{t("dayInPerson")}</span> : null}
                      {remote ? <span className="mt-0.5 block rounded bg-blue-800 px-1 text-xs text-white">{t("dayRemote")}</span> : null}
                      {placed(day).map((p) => (
                        <span key={p.id} title={p.title} className="mt-0.5 block rounded border border-amber-700 bg-amber-50 px-1 text-xs text-amber-900">
                          {t(`dayPlacement.${p.status}`)}
                        </span>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {inMonth.length ? (
        <>
          <h3 className="mt-4 font-semibold">{t("placementsThisMonth")}</h3>
          <ul className="ml-5 list-disc">
            {inMonth.map((p) => (
              <li key={p.id}>
                <Link href="/volunteer/offers" className="text-brand-800 underline">
                  {p.title}
                </Link>
                {" · "}
                {tEveryday("statusSpan", { status: t(`dayPlacement.${p.status}`), range: when.halfOpen(p.start, p.end) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
