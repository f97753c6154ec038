import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { AcceptInviteForm } from "@/components/organization/accept-invite-form";
import { requirePageActor } from "@/lib/auth/page";
import { acceptInviteAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("organization.invite"))("title") };
}

/**
 * The invite link's landing page. Joining takes a button press (a POST), so a link preview or a
 * prefetch cannot spend the single-use invite.
 */
export default async function AcceptInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const actor = await requirePageActor("account.manage");
  const { token } = await params;
  const t = await getTranslations("organization.invite");
  const canJoin = actor.roles.has("organization");
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <PageTitle>{t("title")}</PageTitle>
      <p>{t("intro")}</p>
      {canJoin ? <AcceptInviteForm action={acceptInviteAction} token={token} /> : <p role="alert">{t("needOrgAccount")}</p>}
    </div>
  );
}
