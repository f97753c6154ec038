// Small-count suppression for public figures (issue 7 "Bad input": the public dashboard never shows
// a group small enough to identify a person). PURE: no db, no next; unit-tested.

/** Groups of fewer people than this are shown as "fewer than 5". */
export const MIN_GROUP_SIZE = 5;

/** A figure as published: the number, or null when it is withheld. */
export type Published = number | null;

/** True when a group of `people` must be withheld (a group of 0 identifies nobody). */
export function tooSmall(people: number): boolean {
  return people > 0 && people < MIN_GROUP_SIZE;
}

/**
 * Withholds the figures of every row whose group is too small. When exactly one row is withheld,
 * the smallest shown row is withheld as well: otherwise the hidden figure could be recovered by
 * subtracting the other rows from the published total (complementary suppression).
 */
export function suppressRows<R extends Record<string, unknown>, K extends keyof R>(
  rows: readonly R[],
  groupSize: (row: R) => number,
  figures: readonly K[],
): (Omit<R, K> & { [P in K]: Published } & { suppressed: boolean })[] {
  const hide = rows.map((r) => tooSmall(groupSize(r)));
  if (hide.filter(Boolean).length === 1) {
    let smallest = -1;
    rows.forEach((r, i) => {
      if (!hide[i] && groupSize(r) > 0 && (smallest < 0 || groupSize(r) < groupSize(rows[smallest]))) smallest = i;
    });
    if (smallest >= 0) hide[smallest] = true;
  }
  return rows.map((r, i) => {
    const out: Record<string, unknown> = { ...r, suppressed: hide[i] };
    for (const f of figures) out[f as string] = hide[i] ? null : (r[f] as number);
    return out as Omit<R, K> & { [P in K]: Published } & { suppressed: boolean };
  });
}

/** One figure about `people` people: withheld when the group is too small. */
export function suppressValue(value: number | null, people: number): Published {
  return tooSmall(people) ? null : value;
}
