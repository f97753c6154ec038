"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle } from "@/lib/http/form-state";
import { uploadDocumentAction } from "./actions";

export function UploadForm() {
  const t = useTranslations("volunteer.documents");
  const { text, field } = useFormText();
  const [state, action] = useActionState(uploadDocumentAction, idle);
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate encType="multipart/form-data">
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <Field name="file" type="file" accept="application/pdf,image/jpeg,image/png" required label={t("file")} errors={field(state.fieldErrors?.file)} />
      <div>
        <SubmitButton>{t("upload")}</SubmitButton>
      </div>
    </form>
  );
}
