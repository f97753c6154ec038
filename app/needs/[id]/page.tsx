import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { NeedWhenLine } from "@/components/needs/need-when-line";
import { NeedFacts } from "@/components/needs/need-facts";
import { ExpressInterestForm } from "@/components/needs/express-interest-form";
import { orNotFound } from "@/lib/http/or-not-found";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/policy";
import { getPublicNeed } from "@/lib/data/needs/get-public-need";
import { getOrgFeedbackSummary } from "@/lib/data/impact/org-feedback-summary";
import { OrgFeedbackSummary } from "@/components/impact/org-feedback-summary";
import { MyFitCard } from "@/components/matching/my-fit-card";
import { getMyFitForNeed } from "@/lib/data/matching/my-fit";
import { getReasonFormatter } from "@/lib/i18n/reason-formatter";
import { explainedItems } from "@/lib/i18n/match-reasons";
import { expressInterestAction } from "./actions";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const need = await getPublicNeed(await getActor(), id).catch(() => null);
  return need ? { title: need.title } : {};
}

/** Everything a volunteer needs to decide; public (no sign-in), "express interest" for volunteers. */
export default async function PublicNeedPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await getActor();
  const need = await orNotFound(getPublicNeed(actor, id));
  const t = await getTranslations("needs");
  const canExpress = can(actor, "interest.manage");
  const [feedback, fit] = await Promise.all([
    getOrgFeedbackSummary(actor, need.organizationId),
    canExpress ? getMyFitForNeed(actor, { needId: need.id }) : null,
  ]);
  const fmt = fit ? await getReasonFormatter(explainedItems(fit)) : null;
  return (
    <div className="flex flex-col gap-4">
      <p>
        <Link href="/needs" className="text-brand-800 underline">
          {t("detail.backToBoard")}
        </Link>
      </p>
      <div>
        <PageTitle>{need.title}</PageTitle>
        <p className="-mt-4 text-muted">
          {t(`types.${need.type}`)}
          {need.remote ? ` · ${t("remoteBadge")}` : ""}
          {need.filled ? ` · ${t("filled")}` : ""}
        </p>
        <NeedWhenLine need={need} />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <NeedFacts need={need} />
          {need.description ? (
            <Card title={t("detail.description")}>
              <p className="whitespace-pre-line">{need.description}</p>
            </Card>
          ) : null}
          <OrgFeedbackSummary summary={feedback} />
        </div>
        <div className="flex flex-col gap-4">
          <Card title={t("detail.interestTitle")}>
            {need.myInterest ? (
              <>
                <p role="status">{t("detail.yourInterest", { status: t(`detail.interestStatuses.${need.myInterest.status as "sent"}`) })}</p>
                <Link href="/volunteer/interests" className="text-brand-800 underline">
                  {t("detail.manageInterests")}
                </Link>
              </>
            ) : canExpress ? (
              // Only a volunteer who may express interest gets the form and its messages: the public
              // (cached) page ships none (issue 16).
              <ClientMessages area="needs">
                <ExpressInterestForm action={expressInterestAction} needId={need.id} />
              </ClientMessages>
            ) : actor.kind === "user" ? (
              <p>{t("detail.notVolunteer")}</p>
            ) : (
              <p>
                <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/needs/${need.id}`)}`} className="text-brand-800 underline">
                  {t("detail.signInToExpress")}
                </Link>
              </p>
            )}
          </Card>
          {fit && fmt ? <MyFitCard fit={fit} fmt={fmt} /> : null}
        </div>
      </div>
    </div>
  );
}
