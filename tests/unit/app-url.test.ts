import { describe, expect, it } from "vitest";
import { absoluteUrl, appUrl, defaultAppUrlForPort, MissingAppUrlError } from "@/lib/http/app-url";

const env = (e: Record<string, string>) => e as unknown as NodeJS.ProcessEnv;

describe("the one public origin (APP_URL)", () => {
  it("uses APP_URL as given, without trailing slash or path", () => {
    expect(appUrl(env({ APP_URL: "https://skillflow.example.org/", NODE_ENV: "production" }))).toBe("https://skillflow.example.org");
    expect(absoluteUrl("/volunteer/offers", env({ APP_URL: "https://h.example:8443/x" }))).toBe("https://h.example:8443/volunteer/offers");
  });

  it("is required in production", () => {
    expect(() => appUrl(env({ NODE_ENV: "production", PORT: "4000" }))).toThrow(MissingAppUrlError);
  });

  it("follows PORT outside production instead of assuming 3000", () => {
    expect(appUrl(env({ NODE_ENV: "development", PORT: "4000" }))).toBe("http://localhost:4000");
  });

  it("demo/start derive it from the port they serve on, keeping an explicit APP_URL", () => {
    const e = env({ NODE_ENV: "production" });
    defaultAppUrlForPort(e, "4000");
    expect(appUrl(e)).toBe("http://localhost:4000");
    const f = env({ APP_URL: "https://real.example" });
    defaultAppUrlForPort(f, "4000");
    expect(appUrl(f)).toBe("https://real.example");
  });
});
