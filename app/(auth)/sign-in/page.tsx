import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { getActor } from "@/lib/auth/get-actor";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if ((await getActor()).kind === "user") redirect("/dashboard");
  const t = await getTranslations("auth");
  const { next } = await searchParams;
  return (
    <div>
      <PageTitle>{t("signInTitle")}</PageTitle>
      <SignInForm next={next} />
      <p className="mt-6">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-brand-800 underline">
          {t("signUpTitle")}
        </Link>
      </p>
    </div>
  );
}
