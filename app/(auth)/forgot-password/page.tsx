import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { EmailLinkForm } from "../email-link-form";
import { forgotPasswordAction } from "../link-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("auth.forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgot");
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("title")}</PageTitle>
      <p className="max-w-xl">{t("intro")}</p>
      <EmailLinkForm action={forgotPasswordAction} button={t("button")} />
    </div>
  );
}
