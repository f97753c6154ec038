// Reasons and exclusions render through the message catalogue (namespace "matchReasons"): every key
// the engine can produce has a message in en, mr and hi; English renders exactly the engine's own
// sentence; Marathi and Hindi fill every ICU parameter.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { evaluate } from "@/lib/matching/explain";
import { mulberry32, randomInt } from "@/lib/matching/random";
import type { Exclusion, NameLookup, NeedFacts, Proficiency, Reason, VolunteerFacts } from "@/lib/matching/types";
import { formatExclusion, formatReason, type MatchReasonsTranslator } from "@/lib/i18n/match-reasons";
import { messagesFor, type Locale } from "@/messages";
import en from "@/messages/en/match-reasons.json";
import mr from "@/messages/mr/match-reasons.json";
import hi from "@/messages/hi/match-reasons.json";

const root = path.resolve(__dirname, "../../..");
const source = (file: string) => readFileSync(path.join(root, file), "utf8");

// The keys and codes are read from the engine's source, so a new one cannot be forgotten here; the
// random pairs below must then produce exactly these (so the generator covers every one).
const REASON_KEYS = [...source("lib/matching/score.ts").matchAll(/\breason\(\s*"([^"]+)"/g)].map((m) => m[1]);
const EXCLUSION_CODES = [...source("lib/matching/eligibility.ts").matchAll(/\bcode:\s*"([^"]+)"/g)].map((m) => m[1]);

function translator(locale: Locale): MatchReasonsTranslator {
  const t = createTranslator({
    locale,
    messages: messagesFor(locale),
    namespace: "matchReasons",
    // A malformed message or a missing parameter must fail the test, not render a fallback.
    onError: (e) => {
      throw e;
    },
  });
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), {
    has: (key: string) => t.has(key as never),
  });
}

/** The message at a dotted path of one locale's own file (not merged with English). */
function rawMessage(file: unknown, dotted: string): unknown {
  return dotted
    .split(".")
    .reduce<unknown>(
      (node, k) => (node && typeof node === "object" ? (node as Record<string, unknown>)[k] : undefined),
      (file as { matchReasons: unknown }).matchReasons,
    );
}

// --- Random pairs: each hard requirement holds most of the time, so about a third are eligible.
const SPECIALTIES = ["01", "08", "11", "37", "16", "02", "06", "93", "26", "18", "41", "20"];
const LANGUAGES = ["mar", "hin", "eng", "guj", "kan"];
const PROFICIENCIES: Proficiency[] = ["basic", "conversational", "fluent", "native"];
const DISTRICTS = ["484", "490", "466", "470"];
const PROFESSIONS = ["2211", "2221"];

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const subset = <T>(rand: () => number, xs: readonly T[], p: number): T[] => xs.filter(() => rand() < p);
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);

function randomPair(rand: () => number): { v: VolunteerFacts; n: NeedFacts } {
  const start = randomInt(rand, 0, 60);
  const len = randomInt(rand, 7, 120);
  const minDays = randomInt(rand, 1, len);
  const remote = rand() < 0.3;
  const n: NeedFacts = {
    id: "n",
    type: remote ? "tele_mentoring" : "rural_primary_care",
    remote,
    professionCode: rand() < 0.5 ? null : pick(rand, PROFESSIONS),
    specialtyCode: rand() < 0.2 ? null : pick(rand, SPECIALTIES),
    districtCode: rand() < 0.2 ? null : pick(rand, DISTRICTS),
    window: { start: day(start), end: day(start + len) },
    minDays,
    maxDays: randomInt(rand, minDays, len),
    slots: 1,
    minCredentialLevel: randomInt(rand, 0, 3),
    requiredLanguages: rand() < 0.3 ? [pick(rand, LANGUAGES)] : [],
    preferredLanguages: subset(rand, LANGUAGES, 0.3),
  };
  const specialties = rand() < 0.5 && n.specialtyCode ? [{ code: n.specialtyCode, primary: rand() < 0.6 }] : [];
  for (const code of subset(rand, SPECIALTIES, 0.15))
    if (!specialties.some((s) => s.code === code)) specialties.push({ code, primary: specialties.length === 0 });
  const languages = [...new Set([...(rand() < 0.85 ? n.requiredLanguages : []), ...subset(rand, LANGUAGES, 0.5)])].map((code) => ({
    code,
    proficiency: rand() < 0.15 ? "basic" : pick(rand, PROFICIENCIES.slice(1)),
  }));
  const windowStart = start + randomInt(rand, -10, 20);
  const v: VolunteerFacts = {
    id: "v",
    professionCode: n.professionCode !== null && rand() < 0.85 ? n.professionCode : pick(rand, PROFESSIONS),
    specialties,
    languages,
    originDistrictCode: rand() < 0.4 ? (n.districtCode ?? pick(rand, DISTRICTS)) : rand() < 0.5 ? pick(rand, DISTRICTS) : null,
    preferredDistrictCodes: subset(rand, DISTRICTS, 0.4),
    inPerson: rand() < 0.9,
    remote: rand() < 0.8,
    verificationLevel: rand() < 0.85 ? (randomInt(rand, n.minCredentialLevel, 3) as 0 | 1 | 2 | 3) : (randomInt(rand, 0, 3) as 0 | 1 | 2 | 3),
    verificationValidUntil: rand() < 0.7 ? null : day(start + randomInt(rand, 0, len + 60)),
    yearsExperience: randomInt(rand, 0, 40),
    completedPlacements: rand() < 0.5 ? 0 : randomInt(rand, 1, 8),
    averageFeedback: rand() < 0.3 ? null : Math.round((1 + rand() * 4) * 100) / 100,
    endorsements: rand() < 0.5 ? 0 : randomInt(rand, 1, 5),
    everOffered: rand() < 0.5,
    consentMatching: rand() < 0.9,
    availability: [
      { start: day(windowStart), end: day(windowStart + randomInt(rand, 1, len + 20)), mode: n.remote ? "remote" : "in_person", hoursPerWeek: null },
      ...(rand() < 0.3
        ? [{ start: day(start), end: day(start + len), mode: n.remote ? ("in_person" as const) : ("remote" as const), hoursPerWeek: null }]
        : []),
    ],
  };
  return { v, n };
}

// Some codes have no name, so the "specialty 08" / "district 490" / bare-code fallbacks render too.
const names: NameLookup = {
  specialty: (c) => ({ "08": "Family Practice", "11": "Internal Medicine", "37": "Pediatric Medicine", "18": "Ophthalmology" })[c],
  district: (c) => ({ "490": "Pune", "484": "Nagpur" })[c],
  language: (c) => ({ mar: "Marathi", hin: "Hindi", eng: "English" })[c],
};

const rand = mulberry32(20_250_601);
const evaluated = Array.from({ length: 1200 }, () => {
  const { v, n } = randomPair(rand);
  return evaluate(v, n, names);
});
const reasons: Reason[] = evaluated.flatMap((e) => (e.eligible ? e.reasons : []));
const exclusions: Exclusion[] = evaluated.flatMap((e) => (e.eligible ? [] : e.exclusions));

describe("match reason messages", () => {
  it("finds the engine's keys and codes, and the random pairs produce every one of them", () => {
    expect(REASON_KEYS.length).toBeGreaterThanOrEqual(16);
    expect(EXCLUSION_CODES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(reasons.map((r) => r.key))).toEqual(new Set(REASON_KEYS));
    expect(new Set(exclusions.map((e) => e.code))).toEqual(new Set(EXCLUSION_CODES));
    expect(evaluated.filter((e) => e.eligible).length).toBeGreaterThan(200);
  });

  it.each([
    ["en", en],
    ["mr", mr],
    ["hi", hi],
  ] as const)("has a message for every reason key and exclusion code in %s", (_locale, file) => {
    for (const key of REASON_KEYS) expect(typeof rawMessage(file, `reasons.${key}`), key).toBe("string");
    for (const code of EXCLUSION_CODES) expect(typeof rawMessage(file, `exclusions.${code}`), code).toBe("string");
    for (const key of ["names.specialty", "names.district"]) expect(typeof rawMessage(file, key), key).toBe("string");
  });

  it("renders in English exactly the engine's sentence, for a few hundred random pairs", () => {
    const t = translator("en");
    expect(reasons.length).toBeGreaterThan(1000);
    // `text` blanked: the sentence must come from the catalogue, not from the stored fallback.
    for (const r of reasons) expect(formatReason(t, names, { ...r, text: "" }), r.key).toBe(r.text);
    for (const e of exclusions) expect(formatExclusion(t, names, { ...e, text: "" }), e.code).toBe(e.text);
  });

  it.each(["mr", "hi"] as const)("renders %s with every parameter filled", (locale) => {
    const t = translator(locale);
    const script = /[\u0900-\u097F]/; // Devanagari
    for (const r of reasons) {
      const s = formatReason(t, names, r);
      expect(s, r.key).not.toMatch(/[{}]/);
      expect(s, r.key).toMatch(script);
      expect(s.endsWith(r.text.slice(r.text.lastIndexOf(": "))), r.key).toBe(true); // the signed points
    }
    for (const e of exclusions) {
      const s = formatExclusion(t, names, e);
      expect(s, e.code).not.toMatch(/[{}]/);
      expect(s, e.code).toMatch(script);
    }
  });

  it("names districts and languages in the reader's language when the lookup gives them", () => {
    const t = translator("mr");
    const marathiNames: NameLookup = { district: (c) => (c === "490" ? "पुणे" : undefined), language: (c) => (c === "mar" ? "मराठी" : undefined) };
    expect(formatReason(t, marathiNames, { key: "district.origin", points: 15, params: { district: "490" }, text: "Comes from Pune: +15" })).toBe(
      "मूळ जिल्हा पुणे: +15",
    );
    expect(formatReason(t, marathiNames, { key: "district.origin", points: 15, params: { district: "999" }, text: "" })).toBe("मूळ जिल्हा जिल्हा 999: +15");
    expect(formatExclusion(t, marathiNames, { code: "required_language_missing", params: { language: "mar" }, text: "" })).toBe("मराठी बोलत नाहीत (आवश्यक)");
  });

  it("falls back to the stored sentence for keys it does not know or reasons stored without params", () => {
    const t = translator("mr");
    expect(formatReason(t, names, { key: "retired.component", points: 3, params: {}, text: "Old reason: +3" })).toBe("Old reason: +3");
    expect(formatReason(t, names, { key: "eligible", points: 50, text: "Meets every requirement: +50" })).toBe("Meets every requirement: +50");
    expect(formatExclusion(t, names, { code: "retired_code", params: {}, text: "Old exclusion" })).toBe("Old exclusion");
  });
});
