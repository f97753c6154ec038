import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  const t = await getTranslations();
  const { signedOut } = await searchParams;
  const promises = ["promiseTime", "promiseNoDouble", "promiseCredentials", "promiseExplain", "promiseHumans", "promiseData"] as const;
  return (
    <div className="flex flex-col gap-8">
      {signedOut ? (
        <p role="status" className="rounded-md border border-ok bg-green-50 px-4 py-3 text-ok">
          {t("auth.signedOut")}
        </p>
      ) : null}
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("home.title")}</h1>
        <p className="max-w-3xl text-lg">{t("home.intro")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up?as=volunteer" className={buttonClass("primary")}>
            {t("home.ctaVolunteer")}
          </Link>
          <Link href="/sign-up?as=organization" className={buttonClass("secondary")}>
            {t("home.ctaOrganization")}
          </Link>
          <Link href="/needs" className={buttonClass("link")}>
            {t("home.ctaBoard")}
          </Link>
        </div>
      </section>
      <div className="grid gap-4 md:grid-cols-3">
        <Card title={t("home.forVolunteers")}>
          <p>{t("home.forVolunteersText")}</p>
        </Card>
        <Card title={t("home.forOrganizations")}>
          <p>{t("home.forOrganizationsText")}</p>
        </Card>
        <Card title={t("home.forCoordinators")}>
          <p>{t("home.forCoordinatorsText")}</p>
        </Card>
      </div>
      <Card title={t("home.promisesTitle")}>
        <ul className="list-disc space-y-1 pl-6">
          {promises.map((p) => (
            <li key={p}>{t(`home.${p}`)}</li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
