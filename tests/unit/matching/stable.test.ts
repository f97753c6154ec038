// DESIGN rule 5 ("later"): stable matching with capacities, volunteer-proposing.
import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/matching/random";
import { stableMatch, type StableNeed, type StableVolunteer } from "@/lib/matching/stable";

function randomMarket(seed: number, nv: number, nn: number) {
  const rand = mulberry32(seed);
  const shuffle = <T>(xs: T[]) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  const vIds = Array.from({ length: nv }, (_, i) => `v${i}`);
  const nIds = Array.from({ length: nn }, (_, i) => `n${i}`);
  const volunteers: StableVolunteer[] = vIds.map((id) => ({ id, ranking: shuffle([...nIds]).filter(() => rand() < 0.7) }));
  const needs: StableNeed[] = nIds.map((id) => ({ id, slots: Math.floor(rand() * 3), ranking: shuffle([...vIds]).filter(() => rand() < 0.8) }));
  return { volunteers, needs };
}

/** Pairs (v, n) that would both rather be together than with what they got. */
function blockingPairs(volunteers: StableVolunteer[], needs: StableNeed[], matching: [string, string][]): string[] {
  const of = new Map(matching);
  const held = new Map<string, string[]>();
  for (const [v, n] of matching) held.set(n, [...(held.get(n) ?? []), v]);
  const out: string[] = [];
  for (const v of volunteers) {
    for (const nId of v.ranking) {
      const current = of.get(v.id);
      if (current !== undefined && v.ranking.indexOf(current) <= v.ranking.indexOf(nId)) break; // no better need left
      const n = needs.find((x) => x.id === nId)!;
      const rank = n.ranking.indexOf(v.id);
      if (rank < 0 || n.slots === 0) continue;
      const list = held.get(nId) ?? [];
      if (list.length < n.slots || list.some((w) => n.ranking.indexOf(w) > rank)) out.push(`${v.id}-${nId}`);
    }
  }
  return out;
}

describe("stable matching", () => {
  it("solves a textbook instance with the volunteer-optimal answer", () => {
    // Both needs prefer b; both volunteers prefer n0. Stable and volunteer-optimal: b→n0, a→n1.
    const volunteers = [
      { id: "a", ranking: ["n0", "n1"] },
      { id: "b", ranking: ["n0", "n1"] },
    ];
    const needs = [
      { id: "n0", slots: 1, ranking: ["b", "a"] },
      { id: "n1", slots: 1, ranking: ["b", "a"] },
    ];
    expect(stableMatch(volunteers, needs)).toEqual([
      ["a", "n1"],
      ["b", "n0"],
    ]);
  });

  it("uses capacities and never matches an unacceptable pair", () => {
    const volunteers = [
      { id: "a", ranking: ["n0"] },
      { id: "b", ranking: ["n0"] },
      { id: "c", ranking: ["n0"] },
    ];
    const needs = [{ id: "n0", slots: 2, ranking: ["c", "a"] }];
    expect(stableMatch(volunteers, needs)).toEqual([
      ["a", "n0"],
      ["c", "n0"],
    ]);
  });

  it("has no blocking pair and respects slots on 300 random markets", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { volunteers, needs } = randomMarket(seed, 3 + (seed % 9), 1 + (seed % 5));
      const m = stableMatch(volunteers, needs);
      expect(blockingPairs(volunteers, needs, m), `seed ${seed}`).toEqual([]);
      for (const n of needs) expect(m.filter(([, x]) => x === n.id).length).toBeLessThanOrEqual(n.slots);
      for (const [v, n] of m) {
        expect(volunteers.find((x) => x.id === v)!.ranking).toContain(n);
        expect(needs.find((x) => x.id === n)!.ranking).toContain(v);
      }
      expect(new Set(m.map(([v]) => v)).size).toBe(m.length);
    }
  });
});
