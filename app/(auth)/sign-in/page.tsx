import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { getActor } from "@/lib/auth/get-actor";
import { isDemoMode } from "@/lib/data/accounts/demo-mode";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

const doneMessages = { verified: "emailVerifiedDone", reset: "passwordResetDone" } as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; done?: string }> }) {
  if ((await getActor()).kind === "user") redirect("/dashboard");
  const t = await getTranslations("auth");
  const { next, done } = await searchParams;
  const doneKey = done && done in doneMessages ? doneMessages[done as keyof typeof doneMessages] : null;
  return (
    <div>
      <PageTitle>{t("signInTitle")}</PageTitle>
      {doneKey ? (
        <p role="status" className="mb-4 max-w-md rounded-md border border-ok bg-green-50 px-4 py-3 text-ok">
          {t(doneKey)}
        </p>
      ) : null}
      {/* Issue 12: demo accounts skip email confirmation, and only in demo mode. */}
      {isDemoMode() ? <p className="mb-4 max-w-md text-muted">{t("demoNote")}</p> : null}
      <SignInForm next={typeof next === "string" ? next : undefined} />
      <ul className="mt-4 flex flex-col gap-1">
        <li>
          <Link href="/forgot-password" className="text-brand-800 underline">
            {t("forgotLink")}
          </Link>
        </li>
        <li>
          <Link href="/verify-email/resend" className="text-brand-800 underline">
            {t("resendLink")}
          </Link>
        </li>
      </ul>
      <p className="mt-6">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-brand-800 underline">
          {t("signUpTitle")}
        </Link>
      </p>
    </div>
  );
}
