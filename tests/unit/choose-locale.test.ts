// The locale of a first visit follows the browser (issue 15); an explicit choice in the switcher wins.
import { describe, expect, it } from "vitest";
import { chooseLocale, preferredLocale } from "@/i18n/choose-locale";

describe("chooseLocale", () => {
  it("gives a Marathi or Hindi browser its language on the first visit", () => {
    expect(chooseLocale(undefined, "mr")).toBe("mr");
    expect(chooseLocale(undefined, "mr-IN,mr;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("mr");
    expect(chooseLocale(undefined, "hi-IN,hi;q=0.9,en;q=0.8")).toBe("hi");
  });

  it("keeps the explicit choice over the browser", () => {
    expect(chooseLocale("en", "mr-IN,mr;q=0.9")).toBe("en");
    expect(chooseLocale("hi", "mr")).toBe("hi");
  });

  it("ignores a cookie that is not a locale and falls back to the browser, then English", () => {
    expect(chooseLocale("fr", "hi")).toBe("hi");
    expect(chooseLocale("", null)).toBe("en");
    expect(chooseLocale(undefined, undefined)).toBe("en");
  });

  it("ranks by q-value, then by order, skipping languages SkillFlow does not speak", () => {
    expect(preferredLocale("en;q=0.5, hi;q=0.9")).toBe("hi");
    expect(preferredLocale("de-DE, fr;q=0.9, mr;q=0.3, en;q=0.2")).toBe("mr");
    expect(preferredLocale("en-GB, mr")).toBe("en");
    expect(preferredLocale("MR-in")).toBe("mr");
  });

  it("treats q=0, wildcards and garbage as no preference", () => {
    expect(preferredLocale("mr;q=0, de")).toBeUndefined();
    expect(preferredLocale("*")).toBeUndefined();
    expect(preferredLocale("mr;q=abc")).toBeUndefined();
    expect(preferredLocale(";;,,")).toBeUndefined();
    expect(chooseLocale(undefined, "de-AT, *;q=0.1")).toBe("en");
  });
});
