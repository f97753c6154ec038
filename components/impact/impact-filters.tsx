import { getTranslations } from "next-intl/server";
import type { ImpactFilters as Filters } from "@/lib/validation/impact";

/**
 * GET form: the filters live in the URL, so any view can be bookmarked or shared. Invalid values
 * come back as errors tied to their field and are ignored by the figures below.
 */
export async function ImpactFilters({
  action,
  filters,
  raw,
  divisions,
  errors,
}: {
  action: string;
  filters: Filters;
  raw: Record<string, string | undefined>;
  divisions: string[];
  errors: Record<string, string[]>;
}) {
  const t = await getTranslations();
  const msg = (keys?: string[]) =>
    keys?.map((k) => (t.has(k as never) ? t(k as never) : t.has(`errors.field.${k}` as never) ? t(`errors.field.${k}` as never) : k)).join(" ");
  const field = (name: "from" | "to", label: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="font-medium">
        {label}
      </label>
      <input
        id={`filter-${name}`}
        name={name}
        type="date"
        defaultValue={raw[name] ?? filters[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={["filter-hint", errors[name] ? `filter-${name}-error` : ""].filter(Boolean).join(" ")}
        className="rounded-md border border-gray-400 bg-white px-3 py-2 aria-[invalid=true]:border-danger"
      />
      {errors[name] ? (
        <p id={`filter-${name}-error`} className="text-sm font-medium text-danger">
          {msg(errors[name])}
        </p>
      ) : null}
    </div>
  );
  return (
    <form method="get" action={action} className="rounded-card border border-gray-200 bg-white p-4">
      <fieldset className="flex flex-col gap-3">
        <legend className="text-lg font-semibold">{t("impact.filters.legend")}</legend>
        <p id="filter-hint" className="text-sm text-muted">
          {t("impact.filters.hint")} {t("impact.filters.divisionNote")}
        </p>
        {Object.keys(errors).length ? (
          <p role="alert" className="text-sm font-medium text-danger">
            {t("errors.invalid_input")}
          </p>
        ) : null}
        <div className="flex flex-wrap items-end gap-3">
          {field("from", t("impact.filters.from"))}
          {field("to", t("impact.filters.to"))}
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-division" className="font-medium">
              {t("impact.filters.division")}
            </label>
            <select
              id="filter-division"
              name="division"
              defaultValue={filters.division ?? ""}
              aria-invalid={errors.division ? true : undefined}
              aria-describedby={errors.division ? "filter-division-error" : undefined}
              className="rounded-md border border-gray-400 bg-white px-3 py-2"
            >
              <option value="">{t("impact.filters.allDivisions")}</option>
              {divisions.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
            {errors.division ? (
              <p id="filter-division-error" className="text-sm font-medium text-danger">
                {msg(errors.division)}
              </p>
            ) : null}
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t("impact.filters.apply")}
          </button>
          <a href={action} className="py-2 text-brand-800 underline">
            {t("impact.filters.reset")}
          </a>
        </div>
      </fieldset>
    </form>
  );
}
