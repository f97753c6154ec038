import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/page";

export default async function VolunteerHome() {
  await requirePageActor("volunteer.profile.edit");
  redirect("/volunteer/profile");
}
