import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BoardNeed } from "@/lib/data/needs/search-needs";
import { referenceName } from "@/lib/i18n/reference-names";
import { NeedWhenLine } from "./need-when-line";

/** One need on the public board. */
export async function NeedCard({ need }: { need: BoardNeed }) {
  const [t, locale] = await Promise.all([getTranslations("needs"), getLocale()]);
  const specialty = need.specialtyName && need.specialtyCode ? referenceName(locale, "specialties", need.specialtyCode, need.specialtyName) : null;
  const place = [need.facilityName, need.districtName, need.division].filter(Boolean).join(", ");
  return (
    <article className="rounded-card border border-gray-200 bg-surface p-4 shadow-sm">
      <h2 className="text-lg font-semibold">
        <Link href={`/needs/${need.id}`} className="text-brand-800 underline-offset-2 hover:underline">
          {need.title}
        </Link>
      </h2>
      <p className="text-sm text-muted">
        {t(`types.${need.type}`)}
        {need.remote ? ` · ${t("remoteBadge")}` : ""}
        {specialty ? ` · ${specialty}` : ""}
        {need.filled ? ` · ${t("filled")}` : ""}
      </p>
      <p className="text-sm">
        {need.organizationName}
        {place ? ` — ${place}` : ""}
      </p>
      <NeedWhenLine need={need} />
    </article>
  );
}
