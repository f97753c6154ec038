import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { areaClientMessages, formFeedbackMessages, pickMessages, type ClientMessageArea } from "@/lib/i18n/client-messages";

/** An area layout's provider: the messages its client components and their form feedback need, no more. */
export async function ClientMessages({ area, children }: { area: ClientMessageArea; children: ReactNode }) {
  const messages = (await getMessages()) as Parameters<typeof pickMessages>[0];
  return <NextIntlClientProvider messages={pickMessages(messages, [...areaClientMessages[area], ...formFeedbackMessages])}>{children}</NextIntlClientProvider>;
}
