import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { VolunteerNav } from "@/components/volunteer/volunteer-nav";
import { requirePageActor } from "@/lib/auth/page";
import { listMyLicences } from "@/lib/data/volunteers/licences";
import { listMyDocuments } from "@/lib/data/volunteers/documents";
import { searchReference } from "@/lib/data/volunteers/reference-lookup";
import { LicenceForm } from "./licence-form";
import { deleteLicenceAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("volunteer.licences"))("title") };
}

export default async function VolunteerLicencesPage() {
  const actor = await requirePageActor("volunteer.profile.edit");
  const t = await getTranslations("volunteer.licences");
  const [licences, documents, countries] = await Promise.all([listMyLicences(actor), listMyDocuments(actor), searchReference("countries", "")]);
  const countryOptions = countries.map((c) => ({ value: c.code, label: c.label }));
  const documentOptions = documents.map((d) => ({ value: d.id, label: d.name }));
  return (
    <div>
      <PageTitle>{t("title")}</PageTitle>
      <VolunteerNav current="licences" />
      <p className="mb-4">{t("intro")}</p>
      <div className="flex flex-col gap-6">
        {licences.length === 0 ? <p>{t("none")}</p> : null}
        {licences.map((l) => (
          <Card key={l.id} title={`${l.authority} — ${l.countryName}`}>
            <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-medium">{t("number")}</dt>
              <dd className="font-mono">{l.number}</dd>
              <dt className="font-medium">{t("status")}</dt>
              <dd>{t(`statuses.${l.status}`)}</dd>
              <dt className="font-medium">{t("validTo")}</dt>
              <dd>{l.validTo ?? "—"}</dd>
              <dt className="font-medium">{t("document")}</dt>
              <dd>
                {l.documentId ? (
                  <a href={`/api/v1/volunteer/documents/${l.documentId}`} className="text-brand-800 underline">
                    {l.documentName}
                  </a>
                ) : (
                  t("noDocument")
                )}
              </dd>
            </dl>
            <details>
              <summary className="cursor-pointer text-brand-800 underline">{t("edit")}</summary>
              <div className="mt-3">
                <LicenceForm licence={l} countries={countryOptions} documents={documentOptions} />
              </div>
            </details>
            <form action={deleteLicenceAction} className="mt-3">
              <input type="hidden" name="id" value={l.id} />
              <Button type="submit" variant="secondary">
                {t("delete")}
              </Button>
            </form>
          </Card>
        ))}
        <Card title={t("add")}>
          <LicenceForm countries={countryOptions} documents={documentOptions} />
        </Card>
      </div>
    </div>
  );
}
