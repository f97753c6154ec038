// Each vocabulary is written once (lib/vocabulary/domain.ts); the database enums, schemas and options
// derive from it. These checks fail when a value is added without its name in the catalogue, or when a
// database enum stops following its list.
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { en } from "@/messages";
import * as vocabulary from "@/lib/vocabulary/domain";

function at(path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), en);
}

describe("vocabularies", () => {
  it.each(Object.entries(vocabulary.vocabularyMessages))("the catalogue names every value at %s", (path, values) => {
    const names = at(path) as Record<string, unknown> | undefined;
    const missing = values.filter((v) => typeof names?.[v] !== "string" || !(names[v] as string).trim());
    expect(missing).toEqual([]);
  });

  it("every database enum has exactly the values of a vocabulary list", () => {
    const lists = (Object.values(vocabulary) as unknown[]).filter(Array.isArray).map((l) => JSON.stringify(l));
    const enums = (Object.values(schema) as unknown[]).filter(
      (v): v is { enumName: string; enumValues: string[] } => typeof v === "function" && "enumName" in v,
    );
    expect(enums.length).toBeGreaterThan(15);
    // job_status is the queue's own bookkeeping, not a domain word shown to anyone.
    const withoutList = enums.filter((e) => e.enumName !== "job_status" && !lists.includes(JSON.stringify(e.enumValues)));
    expect(withoutList.map((e) => e.enumName)).toEqual([]);
  });
});
