import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { TokenForm } from "../token-form";
import { verifyEmailAction } from "../link-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("auth.verify"))("title") };
}

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const t = await getTranslations("auth.verify");
  const { token } = await searchParams;
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("title")}</PageTitle>
      <p className="max-w-xl">{t("intro")}</p>
      <TokenForm action={verifyEmailAction} token={typeof token === "string" ? token : ""} button={t("button")} retryHref="/verify-email/resend" />
    </div>
  );
}
