import { getTranslations, getFormatter } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { InviteForm } from "@/components/organization/invite-form";
import { RemoveMemberButton } from "@/components/organization/remove-member-button";
import { DataTable } from "@/components/ui/data-table";
import { requirePageActor } from "@/lib/auth/page";
import { listMembers } from "@/lib/data/organizations/list-members";
import { orNotFound } from "@/lib/http/or-not-found";
import { createInviteAction, removeMemberAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("organization.members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ orgId: string }> }) {
  const actor = await requirePageActor("organization.read");
  const { orgId } = await params;
  const { members, invites } = await orNotFound(listMembers(actor, { organizationId: orgId }));
  const t = await getTranslations("organization.members");
  const format = await getFormatter();
  const isAdmin = actor.organizationAdminIds.includes(orgId);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("title")}</PageTitle>
      <DataTable columns={[{ label: t("name") }, { label: t("email") }, { label: t("role") }, ...(isAdmin ? [{ label: t("remove"), hidden: true }] : [])]}>
        {members.map((m) => (
          <tr key={m.userId} className="border-b">
            <td className="p-2">{m.name}</td>
            <td className="p-2">{m.email}</td>
            <td className="p-2">{m.isAdmin ? t("admin") : t("member")}</td>
            {isAdmin ? (
              <td className="p-2">
                <RemoveMemberButton action={removeMemberAction} organizationId={orgId} userId={m.userId} label={t("removeLabel", { name: m.name })} />
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
      {isAdmin ? (
        <Card title={t("inviteTitle")}>
          <p className="mb-3">{t("inviteIntro")}</p>
          <InviteForm action={createInviteAction} organizationId={orgId} />
          {invites.length ? (
            <>
              <h3 className="mt-4 font-semibold">{t("pendingInvites")}</h3>
              <ul className="list-disc pl-5">
                {invites.map((i) => (
                  <li key={i.id}>
                    {i.email ? t("inviteFor", { email: i.email }) : t("inviteAnyone")} ·{" "}
                    {t("expires", { date: format.dateTime(i.expiresAt, { dateStyle: "medium" }) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : (
        <p>{t("onlyAdmins")}</p>
      )}
    </div>
  );
}
