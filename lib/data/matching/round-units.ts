// Units of a matching round (DESIGN rule 5, issue 5): a volunteer's availability windows that
// overlap one another (any mode) form one unit of capacity 1, so two proposals of one volunteer never
// fall in overlapping periods (the placements EXCLUDE constraint would refuse the second approval).
// Disjoint groups are separate units. Pure: no database.
import { toDayNumber } from "@/lib/matching/dates";

export type WindowSpan = { volunteerId: string; windowId: string; start: string; end: string };
export type Unit = { key: string; volunteerId: string; windowIds: string[]; start: string; end: string };

export function buildUnits(windows: readonly WindowSpan[]): { units: Unit[]; unitOfWindow: Map<string, number> } {
  const byVolunteer = new Map<string, WindowSpan[]>();
  for (const w of windows) (byVolunteer.get(w.volunteerId) ?? byVolunteer.set(w.volunteerId, []).get(w.volunteerId)!).push(w);
  const units: Unit[] = [];
  const unitOfWindow = new Map<string, number>();
  for (const volunteerId of [...byVolunteer.keys()].sort()) {
    const list = byVolunteer.get(volunteerId)!.sort((a, b) => a.start.localeCompare(b.start) || a.windowId.localeCompare(b.windowId));
    let current: Unit | null = null;
    for (const w of list) {
      if (current && toDayNumber(w.start) < toDayNumber(current.end)) {
        current.windowIds.push(w.windowId);
        if (w.end > current.end) current.end = w.end;
      } else {
        current = { key: `${volunteerId}:${w.start}`, volunteerId, windowIds: [w.windowId], start: w.start, end: w.end };
        units.push(current);
      }
      unitOfWindow.set(w.windowId, units.length - 1);
    }
  }
  return { units, unitOfWindow };
}

/** True when the half-open ranges [a.start, a.end) and [b.start, b.end) share a day. */
export function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start < b.end && b.start < a.end;
}
