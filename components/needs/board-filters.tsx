import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { boardSorts, needModes, needTypes, type BoardQuery } from "@/lib/validation/needs";
import { buttonClass } from "@/components/ui/button";

type Option = { value: string; label: string };
type Props = {
  query: BoardQuery;
  options: { divisions: Option[]; districts: Option[]; specialties: Option[]; professions: Option[]; languages: Option[] };
};

// min-w-0 / max-w-full: a select is as wide as its longest option (long specialty and profession names,
// longer still in Marathi and Hindi); capped, the 360 px board does not scroll sideways.
const control = "min-w-0 max-w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base";

function Select({ id, label, value, options, any }: { id: string; label: string; value: string | undefined; options: Option[]; any?: string }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`board-${id}`} className="font-medium">
        {label}
      </label>
      <select id={`board-${id}`} name={id} defaultValue={value ?? ""} className={control}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The board's search and filters: a GET form, so every search is a URL and needs no JavaScript. */
export async function BoardFilters({ query, options }: Props) {
  const t = await getTranslations("needs");
  return (
    <form
      method="get"
      action="/needs"
      role="search"
      aria-label={t("searchLabel")}
      className="flex flex-col gap-4 rounded-card border border-gray-200 bg-surface p-4"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="board-q" className="font-medium">
          {t("searchLabel")}
        </label>
        <p id="board-q-hint" className="text-sm text-muted">
          {t("searchHint")}
        </p>
        <input id="board-q" name="q" type="search" defaultValue={query.q} maxLength={200} aria-describedby="board-q-hint" className={control} />
      </div>
      <fieldset>
        <legend className="mb-2 font-semibold">{t("filters")}</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Select id="division" label={t("division")} value={query.division} options={options.divisions} any={t("any")} />
          <Select
            id="district"
            label={t("district")}
            value={query.district === undefined ? undefined : String(query.district)}
            options={options.districts}
            any={t("any")}
          />
          <Select id="type" label={t("type")} value={query.type} options={needTypes.map((x) => ({ value: x, label: t(`types.${x}`) }))} any={t("any")} />
          <Select id="mode" label={t("mode")} value={query.mode} options={needModes.map((x) => ({ value: x, label: t(`modes.${x}`) }))} any={t("any")} />
          <Select id="specialty" label={t("specialty")} value={query.specialty} options={options.specialties} any={t("any")} />
          <Select id="profession" label={t("profession")} value={query.profession} options={options.professions} any={t("any")} />
          <Select id="language" label={t("language")} value={query.language} options={options.languages} any={t("any")} />
          <Select id="sort" label={t("sort")} value={query.sort} options={boardSorts.map((x) => ({ value: x, label: t(`sorts.${x}`) }))} />
          <div className="flex flex-col gap-1">
            <label htmlFor="board-from" className="font-medium">
              {t("from")}
            </label>
            <input id="board-from" name="from" type="date" defaultValue={query.from ?? ""} className={control} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="board-to" className="font-medium">
              {t("to")}
            </label>
            <input id="board-to" name="to" type="date" defaultValue={query.to ?? ""} className={control} />
          </div>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href="/needs" className="text-brand-800 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
