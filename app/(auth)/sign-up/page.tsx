import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { getActor } from "@/lib/auth/get-actor";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ as?: string }> }) {
  if ((await getActor()).kind === "user") redirect("/dashboard");
  const t = await getTranslations("auth");
  const { as } = await searchParams;
  return (
    <div>
      <PageTitle>{t("signUpTitle")}</PageTitle>
      <SignUpForm as={as} />
      <p className="mt-6">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="text-brand-800 underline">
          {t("signInTitle")}
        </Link>
      </p>
    </div>
  );
}
