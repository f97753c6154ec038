import Link from "next/link";
import { getTranslations } from "next-intl/server";

const sections = ["profile", "licences", "availability", "documents", "needs", "interests", "consents", "data"] as const;

/** The volunteer area's own navigation: one link per section, the current one marked for screen readers. */
export async function VolunteerNav({ current }: { current?: (typeof sections)[number] }) {
  const t = await getTranslations("volunteer.nav");
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex flex-wrap gap-x-4 gap-y-2 border-b border-gray-200 pb-3">
        {sections.map((s) => (
          <li key={s}>
            <Link
              href={`/volunteer/${s}`}
              aria-current={current === s ? "page" : undefined}
              className="text-brand-800 underline-offset-2 hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline"
            >
              {t(s)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
