import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { VolunteerNav } from "@/components/volunteer/volunteer-nav";
import { requirePageActor } from "@/lib/auth/page";
import { listMyDocuments } from "@/lib/data/volunteers/documents";
import { UploadForm } from "./upload-form";
import { deleteDocumentAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("volunteer.documents"))("title") };
}

export default async function VolunteerDocumentsPage() {
  const actor = await requirePageActor("document.upload");
  const t = await getTranslations("volunteer.documents");
  const documents = await listMyDocuments(actor);
  return (
    <div>
      <PageTitle>{t("title")}</PageTitle>
      <VolunteerNav current="documents" />
      <p className="mb-4">{t("intro")}</p>
      <div className="flex flex-col gap-6">
        <Card title={t("upload")}>
          <UploadForm />
        </Card>
        {documents.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {documents.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-gray-200 bg-white p-3">
                <div>
                  <a href={`/api/v1/volunteer/documents/${d.id}`} className="font-medium text-brand-800 underline">
                    {t("download", { name: d.name })}
                  </a>
                  <p className="text-sm text-muted">
                    {d.contentType} · {t("size", { kb: Math.max(1, Math.round(d.sizeBytes / 1024)) })}
                    {d.usedBy.length ? ` · ${t("usedBy", { list: d.usedBy.join(", ") })}` : ""}
                  </p>
                </div>
                <form action={deleteDocumentAction}>
                  <input type="hidden" name="id" value={d.id} />
                  <Button type="submit" variant="secondary" aria-label={`${t("delete")}: ${d.name}`}>
                    {t("delete")}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
