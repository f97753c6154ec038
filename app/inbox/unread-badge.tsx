import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor.types";
import { can } from "@/lib/auth/policy";
import { countUnreadNotifications } from "@/lib/data/notifications/inbox";

/** The site header's unread count: a link to the unread inbox, shown only when there is something new. */
export async function UnreadBadge({ actor }: { actor: Actor }) {
  if (actor.kind !== "user" || !can(actor, "notifications.read")) return null;
  const unread = await countUnreadNotifications(actor);
  if (unread === 0) return null;
  const t = await getTranslations("notifications.inbox");
  return (
    <Link href="/inbox?unread=1" className="inline-flex items-center gap-1 rounded-full bg-brand-700 px-3 py-1 text-sm font-medium text-white">
      <span aria-hidden="true">{unread > 99 ? "99+" : unread}</span>
      <span className="sr-only">{t("unreadCount", { count: unread })}</span>
    </Link>
  );
}
