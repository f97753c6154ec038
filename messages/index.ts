// The message catalogue. English, Marathi and Hindi each hold every key (tests/unit/message-catalogue.test.ts);
// the key-by-key English fallback below only shows while a new key waits for its translation.
// Add a namespace file per feature (in all three locales) and list it here.
import enCommon from "./en/common.json";
import enHome from "./en/home.json";
import enAuth from "./en/auth.json";
import enDashboard from "./en/dashboard.json";
import enAdmin from "./en/admin.json";
import enErrors from "./en/errors.json";
import enImpact from "./en/impact.json";
import enNotifications from "./en/notifications.json";
import enVolunteer from "./en/volunteer.json";
import enCoordinator from "./en/coordinator.json";
import enPlacements from "./en/placements.json";
import enOrganization from "./en/organization.json";
import enNeeds from "./en/needs.json";
import enMatching from "./en/matching.json";
import enMatchReasons from "./en/match-reasons.json";
import enEveryday from "./en/everyday.json";
import enSecurity from "./en/security.json";
import mrCommon from "./mr/common.json";
import mrOrganization from "./mr/organization.json";
import mrNeeds from "./mr/needs.json";
import mrCoordinator from "./mr/coordinator.json";
import mrPlacements from "./mr/placements.json";
import mrImpact from "./mr/impact.json";
import mrNotifications from "./mr/notifications.json";
import mrVolunteer from "./mr/volunteer.json";
import mrMatching from "./mr/matching.json";
import mrMatchReasons from "./mr/match-reasons.json";
import mrErrors from "./mr/errors.json";
import mrEveryday from "./mr/everyday.json";
import mrHome from "./mr/home.json";
import mrAuth from "./mr/auth.json";
import mrDashboard from "./mr/dashboard.json";
import mrAdmin from "./mr/admin.json";
import mrSecurity from "./mr/security.json";
import hiCommon from "./hi/common.json";
import hiOrganization from "./hi/organization.json";
import hiNeeds from "./hi/needs.json";
import hiCoordinator from "./hi/coordinator.json";
import hiPlacements from "./hi/placements.json";
import hiImpact from "./hi/impact.json";
import hiNotifications from "./hi/notifications.json";
import hiVolunteer from "./hi/volunteer.json";
import hiMatching from "./hi/matching.json";
import hiMatchReasons from "./hi/match-reasons.json";
import hiErrors from "./hi/errors.json";
import hiEveryday from "./hi/everyday.json";
import hiHome from "./hi/home.json";
import hiAuth from "./hi/auth.json";
import hiDashboard from "./hi/dashboard.json";
import hiAdmin from "./hi/admin.json";
import hiSecurity from "./hi/security.json";

export const locales = ["en", "mr", "hi"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export const en = {
  ...enOrganization,
  ...enNeeds,
  ...enCommon,
  ...enHome,
  ...enAuth,
  ...enDashboard,
  ...enAdmin,
  ...enErrors,
  ...enCoordinator,
  ...enPlacements,
  ...enImpact,
  ...enNotifications,
  ...enVolunteer,
  ...enMatching,
  ...enMatchReasons,
  ...enEveryday,
  ...enSecurity,
};
export type Messages = typeof en;

type Partial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };
const translations: Record<Exclude<Locale, "en">, Partial<Messages>[]> = {
  mr: [mrOrganization, mrNeeds, mrCommon, mrCoordinator, mrPlacements, mrImpact, mrNotifications, mrVolunteer, mrMatching, mrMatchReasons, mrErrors, mrAuth, mrEveryday, mrHome, mrDashboard, mrAdmin, mrSecurity],
  hi: [hiOrganization, hiNeeds, hiCommon, hiCoordinator, hiPlacements, hiImpact, hiNotifications, hiVolunteer, hiMatching, hiMatchReasons, hiErrors, hiAuth, hiEveryday, hiHome, hiDashboard, hiAdmin, hiSecurity],
};

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = base[k];
    out[k] = v && typeof v === "object" && b && typeof b === "object" ? deepMerge(b as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

// Merged once per locale and process (issue 16: the merge ran on every request); callers must not mutate.
const merged = new Map<Locale, Messages>();

export function messagesFor(locale: Locale): Messages {
  if (locale === "en") return en;
  let m = merged.get(locale);
  if (!m) {
    m = translations[locale].reduce<Record<string, unknown>>((acc, part) => deepMerge(acc, part as Record<string, unknown>), en) as Messages;
    merged.set(locale, m);
  }
  return m;
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (locales as readonly string[]).includes(v);
}
