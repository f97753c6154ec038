import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor.types";
import { LocaleSwitcher } from "./locale-switcher";
import { TimeZoneCookie } from "./time-zone-cookie";
import { FlashMessage } from "./flash-message";
import { navItemsFor } from "./nav-items";

type FormAction = (formData: FormData) => void | Promise<void>;

/**
 * Navigation that fits the signed-in role(s); links are shown only where the policy allows. The layout
 * passes in what belongs to routes: the unread badge (it reads data) and the sign-out and language actions.
 */
export async function SiteHeader({
  actor,
  unreadBadge,
  signOutAction,
  setLocaleAction,
}: {
  actor: Actor;
  unreadBadge: ReactNode;
  signOutAction: FormAction;
  setLocaleAction: FormAction;
}) {
  const t = await getTranslations();
  const items = navItemsFor(actor);
  return (
    <header className="border-b border-gray-200 bg-white">
      <TimeZoneCookie />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-800">
          {t("common.appName")}
        </Link>
        <nav aria-label={t("nav.main")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-brand-800 underline-offset-2 hover:underline">
                  {t(item.label as never)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <LocaleSwitcher action={setLocaleAction} />
          {actor.kind === "user" ? (
            <>
              {unreadBadge}
              <span className="text-sm text-muted">{t("nav.signedInAs", { name: actor.name })}</span>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-800">
                  {t("nav.signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in" className="text-brand-800 underline">
                {t("nav.signIn")}
              </Link>
              <Link href="/sign-up" className="rounded bg-brand-700 px-3 py-1 text-white">
                {t("nav.signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
      <FlashMessage />
    </header>
  );
}
