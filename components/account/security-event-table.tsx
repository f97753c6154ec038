import { getFormatter, getTranslations } from "next-intl/server";
import type { SecurityEventDto } from "@/lib/data/accounts/security-log";

/** One table for the owner's log and the admins' search; the address column only for admins. */
export async function SecurityEventTable({ items, showEmail, caption }: { items: SecurityEventDto[]; showEmail: boolean; caption: string }) {
  const t = await getTranslations("security");
  const format = await getFormatter();
  if (items.length === 0) return <p>{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="p-2">
              {t("when")}
            </th>
            <th scope="col" className="p-2">
              {t("event")}
            </th>
            {showEmail ? (
              <th scope="col" className="p-2">
                {t("email")}
              </th>
            ) : null}
            <th scope="col" className="p-2">
              {t("address")}
            </th>
            <th scope="col" className="p-2">
              {t("device")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id} className="border-b border-gray-200 align-top">
              <td className="p-2 whitespace-nowrap">{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="p-2">{t.has(`kinds.${e.kind}` as never) ? t(`kinds.${e.kind}` as never) : e.kind}</td>
              {showEmail ? <td className="p-2 break-all">{e.email}</td> : null}
              <td className="p-2">{e.ip ?? t("unknown")}</td>
              <td className="p-2 break-words text-sm">{e.userAgent ?? t("unknown")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
