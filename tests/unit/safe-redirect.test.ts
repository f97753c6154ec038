// Issue 12 defect 1: where sign-in may send the browser afterwards.
import { describe, expect, it } from "vitest";
import { sameOriginPath } from "@/lib/http/safe-redirect";

const origin = "https://skillflow.example";

describe("sameOriginPath", () => {
  it("keeps paths on this origin, re-serialised", () => {
    expect(sameOriginPath("/dashboard", origin)).toBe("/dashboard");
    expect(sameOriginPath("/needs?district=Pune#top", origin)).toBe("/needs?district=Pune#top");
    expect(sameOriginPath("/a/../account", origin)).toBe("/account");
  });

  it.each([
    ["/\\evil.example"],
    ["/\t/evil.example"], // what `next=/%09/evil.example` decodes to
    ["/\n/evil.example"],
    ["//evil.example"],
    ["/.//evil.example"],
    ["\\\\evil.example"],
    ["javascript:alert(1)"],
    ["https://evil.example/"],
    ["evil.example"],
    [""],
    [" /dashboard"],
  ])("refuses %j", (raw) => {
    expect(sameOriginPath(raw, origin)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(sameOriginPath(null, origin)).toBeNull();
    expect(sameOriginPath(["/x"], origin)).toBeNull();
  });
});
