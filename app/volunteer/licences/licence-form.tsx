"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { SelectField } from "@/components/ui/select-field";
import { idle } from "@/lib/http/form-state";
import type { LicenceDto } from "@/lib/data/volunteers/licences";
import { addLicenceAction, updateLicenceAction } from "./actions";

type Option = { value: string; label: string };

/** Adds a licence (licence omitted) or edits one; the document can be uploaded in the same step. */
export function LicenceForm({ licence, countries, documents }: { licence?: LicenceDto; countries: Option[]; documents: Option[] }) {
  const t = useTranslations("volunteer.licences");
  const { text, field } = useFormText();
  const [state, action] = useActionState(licence ? updateLicenceAction : addLicenceAction, idle);
  const p = licence ? `l-${licence.id.slice(0, 8)}-` : "l-new-";
  const submitted = state.status === "error" ? state.values : undefined;
  const val = (k: string, saved: string | null | undefined) => {
    const v = submitted?.[k];
    return typeof v === "string" ? v : (saved ?? "");
  };
  const err = (k: string) => field(state.fieldErrors?.[k]);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate encType="multipart/form-data">
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      {licence ? <input type="hidden" name="licenceId" value={licence.id} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id={`${p}authority`}
          name="authority"
          label={t("authority")}
          hint={t("authorityHint")}
          required
          defaultValue={val("authority", licence?.authority)}
          errors={err("authority")}
        />
        <SelectField
          id={`${p}country`}
          name="countryCode"
          label={t("country")}
          emptyLabel="—"
          options={countries}
          defaultValue={val("countryCode", licence?.countryCode)}
          errors={err("countryCode")}
        />
        <Field id={`${p}region`} name="region" label={t("region")} defaultValue={val("region", licence?.region)} errors={err("region")} />
        <Field
          id={`${p}number`}
          name="number"
          label={t("number")}
          required
          autoComplete="off"
          defaultValue={val("number", licence?.number)}
          errors={err("number")}
        />
        <Field
          id={`${p}validFrom`}
          name="validFrom"
          type="date"
          label={t("validFrom")}
          defaultValue={val("validFrom", licence?.validFrom)}
          errors={err("validFrom")}
        />
        <Field id={`${p}validTo`} name="validTo" type="date" label={t("validTo")} defaultValue={val("validTo", licence?.validTo)} errors={err("validTo")} />
        <Field
          id={`${p}file`}
          name="file"
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          label={t("document")}
          hint={t("documentHint")}
          errors={err("file")}
        />
        {documents.length ? (
          <SelectField
            id={`${p}documentId`}
            name="documentId"
            label={t("existingDocument")}
            emptyLabel={t("noDocument")}
            options={documents}
            defaultValue={val("documentId", licence?.documentId)}
            errors={err("documentId")}
          />
        ) : null}
      </div>
      <div>
        <SubmitButton>{licence ? t("saveChanges") : t("add")}</SubmitButton>
      </div>
    </form>
  );
}
