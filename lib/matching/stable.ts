// Stable matching with capacities (hospitals/residents), volunteer-proposing Gale–Shapley, for
// rounds where both sides rank each other (DESIGN rule 5, "later"). The result is stable (no
// volunteer and need that both prefer each other to what they got) and the best stable outcome
// for every volunteer. A pair is acceptable only when each side lists the other.

export interface StableVolunteer {
  id: string;
  /** Need ids, most preferred first. */
  ranking: string[];
}

export interface StableNeed {
  id: string;
  slots: number;
  /** Volunteer ids, most preferred first. */
  ranking: string[];
}

/** Returns [volunteerId, needId] pairs, in volunteer input order. */
export function stableMatch(volunteers: readonly StableVolunteer[], needs: readonly StableNeed[]): [string, string][] {
  const needIndex = new Map(needs.map((n, i) => [n.id, i]));
  // rankOf[n].get(v) = position of v in need n's ranking (lower is better).
  const rankOf = needs.map((n) => new Map(n.ranking.map((v, i) => [v, i])));
  const held: string[][] = needs.map(() => []); // volunteers each need holds, kept sorted best first
  const next = new Array<number>(volunteers.length).fill(0);
  const matched = new Map<string, string>();
  const free = volunteers.map((_, i) => i).reverse();
  const byId = new Map(volunteers.map((v, i) => [v.id, i]));

  while (free.length > 0) {
    const vi = free.pop() as number;
    const v = volunteers[vi];
    while (next[vi] < v.ranking.length) {
      const ni = needIndex.get(v.ranking[next[vi]++]);
      if (ni === undefined || needs[ni].slots <= 0) continue;
      const rank = rankOf[ni].get(v.id);
      if (rank === undefined) continue; // the need does not accept this volunteer
      const list = held[ni];
      if (list.length >= needs[ni].slots) {
        const worst = list[list.length - 1];
        if ((rankOf[ni].get(worst) as number) < rank) continue; // rejected
        list.pop();
        matched.delete(worst);
        free.push(byId.get(worst) as number);
      }
      let at = list.length;
      while (at > 0 && (rankOf[ni].get(list[at - 1]) as number) > rank) at--;
      list.splice(at, 0, v.id);
      matched.set(v.id, needs[ni].id);
      break;
    }
  }
  const out: [string, string][] = [];
  for (const v of volunteers) {
    const n = matched.get(v.id);
    if (n !== undefined) out.push([v.id, n]);
  }
  return out;
}
