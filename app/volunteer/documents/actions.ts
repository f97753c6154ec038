"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { deleteDocument, uploadDocument } from "@/lib/data/volunteers/documents";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function uploadDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await uploadDocument(await requireActor(), formObject(formData));
    revalidatePath("/volunteer/documents");
    return { status: "ok", message: "volunteer.documents.uploaded" };
  });
}

export async function deleteDocumentAction(formData: FormData): Promise<void> {
  await deleteDocument(await requireActor(), { id: formData.get("id") });
  revalidatePath("/volunteer/documents");
}
