import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/get-actor";
import { SiteHeader } from "@/components/layout/site-header";
import { setLocale } from "./actions/locale";
import { signOutAction } from "./actions/sign-out";
import { UnreadBadge } from "./inbox/unread-badge";
import { pickMessages, shellClientMessages } from "@/lib/i18n/client-messages";
import { inter, devanagari } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const actor = await getActor();
  // Only what app/error.tsx needs: area layouts add their client components' messages (issue 16).
  const clientMessages = pickMessages((await getMessages()) as Parameters<typeof pickMessages>[0], shellClientMessages);
  return (
    <html lang={locale} className={`${inter.variable} ${devanagari.variable}`}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader actor={actor} unreadBadge={<UnreadBadge actor={actor} />} signOutAction={signOutAction} setLocaleAction={setLocale} />
          <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
            {children}
          </main>
          <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted">{t("footer")}</footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
