// Loads the reference CSVs shipped in db/reference into the ref_* tables. Idempotent: a table that
// already holds rows is left alone, so migrate can run on every start.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { sql, type InferInsertModel } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import {
  refStates, refDivisions, refDistricts, refTalukas, refIscoGroups, refProfessions, refSpecialties,
  refLanguages, refCountries, refDemoFacilities, refStats,
} from "../schema";
import { invalidateCached } from "../../lib/cache/process-cache";

const dir = path.dirname(fileURLToPath(import.meta.url));
type Row = Record<string, string>;

export function readReferenceCsv(file: string): Row[] {
  return parse(readFileSync(path.join(dir, file), "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
}

const orNull = (v: string | undefined) => (v === undefined || v.trim() === "" ? null : v.trim());
const num = (v: string | undefined) => (orNull(v) === null ? null : Number(v));

async function fill<T extends PgTable>(db: Db, table: T, rows: InferInsertModel<T>[]): Promise<void> {
  const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(table as PgTable)) as { n: number }[];
  if (n > 0) return;
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(table).values(rows.slice(i, i + 500) as never);
  }
}

export async function loadReferenceData(db: Db): Promise<void> {
  await fill(db, refStates, readReferenceCsv("india_states_uts.csv").map((r) => ({
    code: Number(r.lgd_state_code), nameEn: r.name_en, nameLgd: r.name_lgd, type: r.type, iso31662: r.iso_3166_2,
  })));
  await fill(db, refDivisions, readReferenceCsv("maharashtra_divisions.csv").map((r) => ({
    name: r.division, formerName: orNull(r.former_name), region: r.region,
  })));
  const mh = new Map(readReferenceCsv("maharashtra_districts.csv").map((r) => [Number(r.lgd_district_code), r]));
  await fill(db, refDistricts, readReferenceCsv("india_districts_lgd.csv").map((r) => {
    const code = Number(r.lgd_district_code);
    const m = mh.get(code);
    return {
      code,
      stateCode: Number(r.lgd_state_code),
      // LGD names are upper case and pre-2023 for Maharashtra; the Maharashtra file has current names.
      nameEn: m?.name_en ?? titleCase(r.name_lgd),
      nameMr: orNull(m?.name_mr),
      nameLgd: r.name_lgd,
      formerNameEn: orNull(m?.former_name_en),
      division: orNull(m?.division),
    };
  }));
  await fill(db, refTalukas, readReferenceCsv("maharashtra_talukas.csv").map((r) => ({
    code: Number(r.lgd_subdistrict_code), districtCode: Number(r.lgd_district_code), nameEn: r.name_lgd,
  })));
  await fill(db, refIscoGroups, readReferenceCsv("isco08_health_groups.csv").map((r) => ({
    code: r.isco08_code, label: r.label, level: Number(r.level),
  })));
  await fill(db, refProfessions, readReferenceCsv("health_occupations_esco.csv").map((r) => ({
    code: r.esco_uri.split("/").pop()!, escoUri: r.esco_uri, label: r.preferred_label, iscoCode: r.isco08_code,
    altLabels: r.alt_labels ?? "", regulated: r.eu_regulated === "regulated", description: r.description ?? "",
  })));
  await fill(db, refSpecialties, readReferenceCsv("specialties_cms_medicare.csv").map((r) => ({
    code: r.cms_specialty_code, name: r.specialty, kind: r.kind,
  })));
  const seed = readReferenceCsv("languages_seed_india.csv").map((r) => r.iso639_3);
  await fill(db, refLanguages, readReferenceCsv("languages_iso639_3.csv").map((r) => ({
    code: r.iso639_3, iso6391: orNull(r.iso639_1), nameEn: r.name_en, nativeName: orNull(r.native_name), scope: r.scope,
    seedRank: seed.includes(r.iso639_3) ? seed.indexOf(r.iso639_3) + 1 : null,
  })));
  await fill(db, refCountries, readReferenceCsv("countries_iso3166_1.csv").map((r) => ({
    code: r.iso_alpha2, alpha3: r.iso_alpha3, nameEn: r.name_en, nameHi: orNull(r.name_hi), nameMr: orNull(r.name_mr),
  })));
  await fill(db, refDemoFacilities, readReferenceCsv("maharashtra_facilities_cowin_sample.csv").map((r) => ({
    name: r.facility_name, type: r.facility_type, districtCode: Number(r.lgd_district_code),
    block: orNull(r.block_or_taluka_cowin), pincode: orNull(r.pincode), lat: num(r.lat), lon: num(r.lon),
  })));
  await fill(db, refStats, readReferenceCsv("dashboard_stats.csv").map((r) => ({
    metricId: r.metric_id, geography: r.geography, period: r.period, value: r.value, unit: r.unit,
    description: r.description, primarySource: r.primary_source, caveat: orNull(r.caveat),
  })));
  invalidateCached("ref:"); // this process's cached pickers (lib/data/needs/reference-options.ts)
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s(-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}
