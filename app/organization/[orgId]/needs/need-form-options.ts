import "server-only";
import type { SignedInActor } from "@/lib/auth/actor.types";
import { listFacilities } from "@/lib/data/organizations/list-facilities";
import { languageOptions, professionOptions, specialtyOptions } from "@/lib/data/needs/reference-options";
import type { NeedFormOptions } from "@/components/organization/need-form";

/** Everything the need form offers: the organisation's own facilities and the reference lists. */
export async function needFormOptions(actor: SignedInActor, organizationId: string, locale = "en"): Promise<NeedFormOptions> {
  const [facilities, specialties, professions, languages] = await Promise.all([
    listFacilities(actor, { organizationId }),
    specialtyOptions(locale),
    professionOptions(locale),
    languageOptions(),
  ]);
  return {
    facilities: facilities.map((f) => ({ value: f.id, label: `${f.name} (${f.districtName})` })),
    specialties,
    professions,
    languages,
  };
}
