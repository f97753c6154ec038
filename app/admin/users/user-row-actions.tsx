"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/http/form-state";
import { useFormText } from "@/components/forms/use-form-text";
import { grantRoleAction, revokeRoleAction, setStatusAction } from "./actions";
import type { UserRow } from "@/lib/data/accounts/list-users";
import { roles } from "@/lib/vocabulary/domain";

export function UserRowActions({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const t = useTranslations();
  const { text } = useFormText();
  const [grantState, grant] = useActionState(grantRoleAction, idle);
  const [revokeState, revoke] = useActionState(revokeRoleAction, idle);
  const [statusState, setStatus] = useActionState(setStatusAction, idle);
  const message = [grantState, revokeState, statusState].find((s) => s.status !== "idle");
  const missing = roles.filter((r) => !user.roles.includes(r));
  if (isSelf) return null;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {user.roles.map((r) => (
          <form key={r} action={revoke}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="role" value={r} />
            <button type="submit" className="rounded border border-danger px-2 py-1 text-sm text-danger">
              {t("admin.revoke", { role: t(`roles.${r}`) })}
            </button>
          </form>
        ))}
      </div>
      {missing.length ? (
        <form action={grant} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label className="sr-only" htmlFor={`grant-${user.id}`}>
            {t("admin.roleToGrant", { name: user.name })}
          </label>
          <select id={`grant-${user.id}`} name="role" className="rounded border border-gray-400 px-2 py-1">
            {missing.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="rounded bg-brand-700 px-2 py-1 text-sm text-white">
            {t("admin.grant")}
          </button>
        </form>
      ) : null}
      <form action={setStatus}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="status" value={user.status === "active" ? "deactivated" : "active"} />
        <button type="submit" className="text-sm text-brand-800 underline">
          {user.status === "active" ? t("admin.deactivate") : t("admin.reactivate")}
        </button>
      </form>
      {message ? (
        <p role={message.status === "error" ? "alert" : "status"} className={message.status === "error" ? "text-sm text-danger" : "text-sm text-ok"}>
          {text(message.message)}
        </p>
      ) : null}
    </div>
  );
}
