import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { organizations } from "@/db/schema";
import { eq } from "drizzle-orm";
import { anonymous } from "@/lib/auth/actor.types";
import { createNeed } from "@/lib/data/needs/create-need";
import { publishNeed } from "@/lib/data/needs/publish-need";
import { searchNeeds, BOARD_PAGE_SIZE } from "@/lib/data/needs/search-needs";
import { getPublicNeed } from "@/lib/data/needs/get-public-need";
import { AppError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { createOrganization } from "../fixtures/actors";
import { createFacility, inDays, needInput, NAGPUR, PUNE } from "../fixtures/needs";

useTestDb();

const ids: Record<string, string> = {};

beforeAll(async () => {
  const { org, actor } = await createOrganization();
  const nagpur = await createFacility(org.id, { name: "Jawli Primary Health Centre", districtCode: NAGPUR });
  const pune = await createFacility(org.id, { name: "Saswad Rural Hospital", districtCode: PUNE });
  const make = async (key: string, facilityId: string, over: Record<string, unknown>, publish = true) => {
    const { id } = await createNeed(actor, needInput(org.id, facilityId, over));
    if (publish) await publishNeed(actor, { needId: id });
    ids[key] = id;
  };
  await make("cardio", nagpur.id, {
    title: "Cardiology outreach camp",
    type: "specialist_camp",
    specialtyCode: "06",
    windowStart: inDays(40),
    windowEnd: inDays(50),
    minDays: "5",
    maxDays: "10",
    requiredLanguages: ["hin"],
    preferredLanguages: [],
  });
  await make("primary", pune.id, { title: "Rural primary care doctor", windowStart: inDays(30) });
  await make("tele", pune.id, {
    title: "Tele-mentoring for nurses",
    type: "tele_mentoring",
    mode: "remote",
    hoursPerWeek: "3",
    weeks: "4",
    minDays: "",
    maxDays: "",
    specialtyCode: "",
    windowStart: inDays(60),
    windowEnd: inDays(120),
    applicationDeadline: inDays(50),
  });
  await make("marathi", nagpur.id, {
    title: "ग्रामीण आरोग्य शिबिर",
    type: "public_health",
    description: "माता व बाल आरोग्य तपासणी",
    specialtyCode: "",
    windowStart: inDays(32),
    maxDays: "50",
  });
  await make("draft", nagpur.id, { title: "Cardiology draft not published" }, false);
  // an open need of an organisation rejected later stays off the board
  const other = await createOrganization();
  const of = await createFacility(other.org.id, { name: "Umred Cardiology Unit", districtCode: NAGPUR });
  const { id } = await createNeed(other.actor, needInput(other.org.id, of.id, { title: "Cardiology at Umred", specialtyCode: "06" }));
  await publishNeed(other.actor, { needId: id });
  const db = await getDb();
  await db.update(organizations).set({ status: "rejected" }).where(eq(organizations.id, other.org.id));
  ids.rejected = id;
});

const search = (q: Record<string, unknown>) => searchNeeds(anonymous, q);
const found = async (q: Record<string, unknown>) => (await search(q)).rows.map((r) => r.id).sort();
const keys = (...k: string[]) => k.map((x) => ids[x]).sort();

describe("the public needs board", () => {
  it("lists open needs of verified organisations only, soonest first, for anyone", async () => {
    const r = await search({});
    expect(r.rows.map((x) => x.id)).toEqual([ids.primary, ids.marathi, ids.cardio, ids.tele]);
    expect(r.total).toBe(4);
    expect(r.rows[0]).toMatchObject({ districtName: "Pune", division: "Pune", facilityName: "Saswad Rural Hospital", filled: false });
  });

  it("finds by words and prefixes, with the title ranked first", async () => {
    expect(await found({ q: "cardiology" })).toEqual(keys("cardio"));
    expect(await found({ q: "cardio camp" })).toEqual(keys("cardio"));
    expect(await found({ q: "Saswad" })).toEqual(keys("primary", "tele"));
    // "primary" is in one title (weight A) and in a facility name (weight C): the title ranks first
    const r = await search({ q: "primary care" });
    expect(r.rows.map((x) => x.id)).toEqual([ids.primary, ids.cardio]);
  });

  it("tolerates typos in facility and district names (pg_trgm)", async () => {
    expect(await found({ q: "Nagpr" })).toEqual(keys("cardio", "marathi"));
    expect(await found({ q: "Saswd" })).toEqual(keys("primary", "tele"));
    expect(await found({ q: "cardiology Nagpr" })).toEqual(keys("cardio"));
  });

  it("finds Marathi words, and Nagpur by its Marathi name", async () => {
    expect(await found({ q: "आरोग्य" })).toEqual(keys("marathi"));
    expect(await found({ q: "तपासणी" })).toEqual(keys("marathi"));
    expect(await found({ q: "नागपूर" })).toEqual(keys("cardio", "marathi"));
  });

  it("filters by division, district, type, specialty, language, dates and mode", async () => {
    expect(await found({ division: "Nagpur" })).toEqual(keys("cardio", "marathi"));
    expect(await found({ district: String(PUNE) })).toEqual(keys("primary", "tele"));
    expect(await found({ type: "specialist_camp" })).toEqual(keys("cardio"));
    expect(await found({ specialty: "06" })).toEqual(keys("cardio"));
    expect(await found({ language: "hin" })).toEqual(keys("cardio", "primary", "marathi", "tele"));
    expect(await found({ language: "mar" })).toEqual(keys("primary", "marathi", "tele"));
    expect(await found({ mode: "remote" })).toEqual(keys("tele"));
    expect(await found({ mode: "in_person", district: String(PUNE) })).toEqual(keys("primary"));
    expect(await found({ from: inDays(95) })).toEqual(keys("tele"));
    expect(await found({ to: inDays(35) })).toEqual(keys("primary", "marathi"));
  });

  it("sorts by deadline and newest, and paginates", async () => {
    const byDeadline = (await search({ sort: "deadline" })).rows.map((r) => r.id);
    expect(byDeadline[byDeadline.length - 1]).toBe(ids.tele);
    const newest = (await search({ sort: "newest" })).rows.map((r) => r.id);
    expect(newest[0]).toBe(ids.marathi);
    const page2 = await search({ page: "2" });
    expect(page2.rows).toEqual([]);
    expect(page2.total).toBe(4);
    expect(BOARD_PAGE_SIZE).toBeGreaterThan(4);
  });

  it.each([
    ["quotes", `"cardiology' OR '1'='1`],
    ["an SQL fragment", "'; DROP TABLE needs; --"],
    ["tsquery operators", "cardio & | ! <-> :* ( ) \\"],
    ["10,000 characters", "a".repeat(10_000)],
    ["10,000 mixed characters", "Nagpur ".repeat(1_500)],
    ["emoji", "🩺❤️‍🔥 👩🏽‍⚕️"],
    ["combining marks alone", "\u0301\u093f\u0947"],
    ["null bytes and controls", "card\u0000io\u0007\n\t"],
    ["percent and underscores", "%_%\\_"],
    ["mixed scripts in one word", "cardioआरोग्य123½"],
  ])("answers %s with results or an empty list, never an error", async (_name, q) => {
    const r = await search({ q, page: "1; DROP", sort: "'; --", district: "1 OR 1=1", from: "yesterday", type: "<script>" });
    expect(Array.isArray(r.rows)).toBe(true);
    expect(r.page).toBe(1);
  });

  it("an array or object query string never errors", async () => {
    await expect(search({ q: ["cardiology", "x"], district: ["1"], page: { a: 1 } })).resolves.toHaveProperty("rows");
    expect((await search({ q: ["cardiology", "x"] })).rows.map((r) => r.id)).toEqual([ids.cardio]);
  });

  it("a need's public page shows open needs only", async () => {
    const need = await getPublicNeed(anonymous, ids.cardio);
    expect(need).toMatchObject({
      title: "Cardiology outreach camp",
      specialtyName: "Cardiovascular Disease (Cardiology)",
      minCredentialLevel: 3,
      myInterest: null,
    });
    expect(need.languages).toEqual([{ code: "hin", name: "Hindi", required: true }]);
    expect(need.offers).toMatchObject({ housing: true, meals: true, stipend: false });
    for (const hidden of [ids.draft, ids.rejected, "not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      await expect(getPublicNeed(anonymous, hidden)).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === "not_found");
    }
  });
});
