import { createTranslator } from "next-intl";
import { isLocale, messagesFor, type Locale } from "@/messages";
import type { NotificationKind, NotificationParams } from "@/lib/vocabulary/notification-kinds";

const dateKeys = new Set(["startDate", "endDate", "expiresAt"]);
export const messagesTimeZone = "Asia/Kolkata";

export type RenderedNotification = { title: string; body: string };

/**
 * Renders a notification in the reader's locale from its kind and stored params (the row keeps
 * params, not text, so a user who switches language reads old notifications in the new one).
 * Missing params fall back to neutral words instead of failing the whole inbox.
 */
export function renderNotification(locale: string, kind: NotificationKind | string, params: unknown): RenderedNotification {
  const loc: Locale = isLocale(locale) ? locale : "en";
  const t = createTranslator({
    locale: loc,
    messages: messagesFor(loc),
    namespace: "notifications",
    timeZone: messagesTimeZone,
    onError: () => {},
    getMessageFallback: ({ key }) => key,
  });
  const raw = (params && typeof params === "object" ? params : {}) as NotificationParams;
  const values: Record<string, string | number | Date> = {
    needTitle: t("fallback.need"),
    volunteerName: t("fallback.volunteer"),
    organizationName: t("fallback.organization"),
    reason: t("fallback.reason"),
    note: t("fallback.reason"),
    status: "other",
  };
  for (const [k, v] of Object.entries(raw)) {
    if (v === null || v === undefined || v === "") continue;
    if (dateKeys.has(k)) {
      const d = new Date(String(v).length === 10 ? `${v}T00:00:00+05:30` : String(v));
      if (!Number.isNaN(d.getTime())) values[k] = d;
      continue;
    }
    values[k] = v;
  }
  for (const k of dateKeys) values[k] ??= new Date(0);
  const known = t.has(`kinds.${kind}.title` as never);
  if (!known) return { title: String(kind), body: "" };
  return {
    title: t(`kinds.${kind}.title` as never, values as never),
    body: t(`kinds.${kind}.body` as never, values as never),
  };
}

/** The label used on the preferences page, in the reader's locale. */
export function kindLabel(locale: string, kind: NotificationKind): string {
  const loc: Locale = isLocale(locale) ? locale : "en";
  const t = createTranslator({ locale: loc, messages: messagesFor(loc), namespace: "notifications" });
  return t(`kinds.${kind}.label` as never);
}
