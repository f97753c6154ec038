import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { EmailLinkForm } from "../../email-link-form";
import { resendVerificationAction } from "../../link-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("auth.resend"))("title") };
}

export default async function ResendVerificationPage() {
  const t = await getTranslations("auth.resend");
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("title")}</PageTitle>
      <EmailLinkForm action={resendVerificationAction} button={t("button")} />
    </div>
  );
}
