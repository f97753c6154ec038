"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { NOTICE_VERSION } from "@/lib/validation/volunteers";

type Props = {
  /** Submitted values after a failed sign-up (React resets the form). */
  values?: Record<string, string | string[]>;
  /** Already translated errors per field. */
  errors: (key: string) => string[] | undefined;
};

/**
 * Issue 3: the itemised notice and one separate, unticked box per purpose (matching is required to
 * take part; the others are optional), plus the adults-only rule. Organisation sign-ups ignore them.
 */
export function VolunteerSignUpFields({ values, errors }: Props) {
  const t = useTranslations("volunteer.signUp");
  const on = (k: string) => values?.[k] === "on";
  const box = (name: string, label: string) => {
    const err = errors(name);
    const errId = `f-${name}-error`;
    return (
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name={name}
            id={`f-${name}`}
            defaultChecked={on(name)}
            aria-invalid={err ? true : undefined}
            aria-describedby={err ? errId : undefined}
            className="mt-1"
          />
          <span>{label}</span>
        </label>
        {err ? (
          <p id={errId} className="text-sm font-medium text-danger">
            {err.join(" ")}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-gray-300 p-4">
      <legend className="px-1 font-semibold">{t("volunteerOnly")}</legend>
      <h2 className="font-semibold">{t("noticeTitle", { version: NOTICE_VERSION })}</h2>
      <ul className="ml-5 list-disc text-sm">
        <li>{t("noticeItems.matching")}</li>
        <li>{t("noticeItems.profileSharing")}</li>
        <li>{t("noticeItems.contactFuture")}</li>
        <li>{t("noticeItems.rights")}</li>
      </ul>
      {box("consentMatching", t("consentMatching"))}
      {box("consentProfileSharing", t("consentProfileSharing"))}
      {box("consentContactFuture", t("consentContactFuture"))}
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{t("adultLegend")}</legend>
        {box("adultDeclared", t("adultDeclared"))}
        <Field
          name="dateOfBirth"
          type="date"
          label={t("dateOfBirth")}
          hint={t("dateOfBirthHint")}
          defaultValue={typeof values?.dateOfBirth === "string" ? values.dateOfBirth : ""}
          errors={errors("dateOfBirth")}
        />
      </fieldset>
    </fieldset>
  );
}
