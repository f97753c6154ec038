import { createTranslator } from "next-intl";
import { isLocale, messagesFor, type Locale } from "@/messages";
import { renderNotification } from "./render";
import type { NotificationParams } from "@/lib/vocabulary/notification-kinds";

export type EmailMessage = { subject: string; text: string };

/** Plain-text email in the recipient's locale: greeting, the notification, a link, why they got it. */
export function renderNotificationEmail(input: {
  locale: string;
  name: string;
  kind: string;
  params: NotificationParams;
  link: string | null;
  baseUrl: string;
}): EmailMessage {
  const loc: Locale = isLocale(input.locale) ? input.locale : "en";
  const t = createTranslator({ locale: loc, messages: messagesFor(loc), namespace: "notifications.email" });
  const { title, body } = renderNotification(loc, input.kind, input.params);
  const lines = [t("greeting", { name: input.name }), "", body];
  if (input.link) lines.push("", t("open", { url: absolute(input.baseUrl, input.link) }));
  lines.push("", "--", t("footer", { url: `${input.baseUrl}/account/notifications` }));
  return { subject: `SkillFlow: ${title}`, text: lines.join("\n") };
}

function absolute(base: string, link: string): string {
  return /^https?:\/\//.test(link) ? link : `${base}${link.startsWith("/") ? "" : "/"}${link}`;
}
