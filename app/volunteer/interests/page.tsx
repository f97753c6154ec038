import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { VolunteerNav } from "@/components/volunteer/volunteer-nav";
import { InterestTimeline } from "@/components/volunteer/interest-timeline";
import { requirePageActor } from "@/lib/auth/page";
import { listMyInterests } from "@/lib/data/volunteers/interests";
import { moveInterestAction, withdrawInterestAction } from "./actions";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("volunteer.interests"))("title") };
}

export default async function MyInterestsPage() {
  const actor = await requirePageActor("interest.manage");
  const t = await getTranslations("volunteer");
  const when = await getWhen();
  const interests = await listMyInterests(actor);
  const active = interests.filter((i) => i.status !== "withdrawn");
  return (
    <div>
      <PageTitle>{t("interests.title")}</PageTitle>
      <VolunteerNav current="interests" />
      <p className="mb-4">{t("interests.intro")}</p>
      {interests.length === 0 ? <p>{t("interests.none")}</p> : null}
      <ol className="flex flex-col gap-4">
        {interests.map((i) => (
          <li key={i.id}>
            <Card title={i.rank ? `${t("interests.rank", { rank: i.rank })}: ${i.needTitle}` : i.needTitle}>
              <p className="text-sm text-muted">
                {i.organizationName} · {when.halfOpen(i.start, i.end)} · {t(`interests.statuses.${i.status as "sent"}`)}
              </p>
              {i.note ? <p className="mt-1 italic">“{i.note}”</p> : null}
              <InterestTimeline steps={i.timeline} />
              {i.status !== "withdrawn" ? (
                <div className="mt-3 flex flex-wrap gap-2">
                  {i.rank && i.rank > 1 ? (
                    <form action={moveInterestAction}>
                      <input type="hidden" name="interestId" value={i.id} />
                      <input type="hidden" name="direction" value="up" />
                      <Button type="submit" variant="secondary" aria-label={t("interests.moveUp", { title: i.needTitle })}>
                        ↑
                      </Button>
                    </form>
                  ) : null}
                  {i.rank && i.rank < active.length ? (
                    <form action={moveInterestAction}>
                      <input type="hidden" name="interestId" value={i.id} />
                      <input type="hidden" name="direction" value="down" />
                      <Button type="submit" variant="secondary" aria-label={t("interests.moveDown", { title: i.needTitle })}>
                        ↓
                      </Button>
                    </form>
                  ) : null}
                  <form action={withdrawInterestAction}>
                    <input type="hidden" name="interestId" value={i.id} />
                    <Button type="submit" variant="secondary">
                      {t("interests.withdraw")}
                      <span className="sr-only">: {i.needTitle}</span>
                    </Button>
                  </form>
                </div>
              ) : null}
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
