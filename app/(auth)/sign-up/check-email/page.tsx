import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("checkEmailTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <PageTitle>{t("checkEmailTitle")}</PageTitle>
      <p role="status">{t("checkEmail")}</p>
      <p>
        <Link href="/verify-email/resend" className="text-brand-800 underline">
          {t("resendLink")}
        </Link>
      </p>
    </div>
  );
}
