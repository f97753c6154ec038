import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { TokenForm } from "../token-form";
import { resetPasswordAction } from "../link-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("auth.reset"))("title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const t = await getTranslations("auth.reset");
  const { token } = await searchParams;
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("title")}</PageTitle>
      <TokenForm action={resetPasswordAction} token={typeof token === "string" ? token : ""} button={t("button")} withPassword retryHref="/forgot-password" />
    </div>
  );
}
