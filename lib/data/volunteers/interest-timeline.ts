// The status timeline a volunteer sees for each interest (issue 3: "so nobody is left wondering
// what happens next"). PURE: derived from the interest, its matches and its placements.

export type StepKey = "sent" | "seen" | "shortlisted" | "proposed" | "offered" | "accepted";
export type StepState = "done" | "current" | "upcoming" | "stopped";
/** `outcome` names why the path stopped at this step (not_suitable, declined, withdrawn…). */
export type TimelineStep = { key: StepKey; state: StepState; at: string | null; outcome?: string };

type InterestFacts = { status: string; createdAt: Date; seenAt: Date | null; updatedAt: Date };
type MatchFacts = { status: string; createdAt: Date; decidedAt: Date | null };
type PlacementFacts = { status: string; createdAt: Date; updatedAt: Date };

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function interestTimeline(interest: InterestFacts, matches: MatchFacts[], placements: PlacementFacts[]): TimelineStep[] {
  const placement = [...placements].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  const match = [...matches].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  const accepted = placement && ["scheduled", "active", "completed"].includes(placement.status);
  const seen = interest.seenAt !== null || ["seen", "shortlisted", "not_suitable"].includes(interest.status) || Boolean(match) || Boolean(placement);
  const shortlisted = interest.status === "shortlisted" || Boolean(match) || Boolean(placement);
  const proposed = Boolean(match) || Boolean(placement);
  const steps: TimelineStep[] = [
    { key: "sent", state: "done", at: iso(interest.createdAt) },
    { key: "seen", state: seen ? "done" : "upcoming", at: iso(interest.seenAt) },
    { key: "shortlisted", state: shortlisted ? "done" : "upcoming", at: null },
    { key: "proposed", state: proposed ? "done" : "upcoming", at: iso(match?.createdAt) },
    { key: "offered", state: placement ? "done" : "upcoming", at: iso(placement?.createdAt) },
    { key: "accepted", state: accepted ? "done" : "upcoming", at: accepted ? iso(placement!.updatedAt) : null },
  ];
  const stopAt = (key: StepKey, outcome: string, at: Date | null = null) => {
    const s = steps.find((x) => x.key === key)!;
    s.state = "stopped";
    s.outcome = outcome;
    s.at = iso(at) ?? s.at;
    for (const later of steps.slice(steps.indexOf(s) + 1)) later.state = "upcoming";
  };
  if (interest.status === "withdrawn" && !placement) stopAt(nextOpen(steps), "withdrawn", interest.updatedAt);
  else if (interest.status === "not_suitable" && !match && !placement) stopAt("shortlisted", "not_suitable", interest.updatedAt);
  else if (match && match.status === "rejected" && !placement) stopAt("proposed", "not_selected", match.decidedAt);
  else if (placement && ["declined", "withdrawn", "cancelled", "expired"].includes(placement.status)) stopAt("accepted", placement.status, placement.updatedAt);
  // The first step not yet done is where things stand now.
  const firstOpen = steps.find((s) => s.state === "upcoming");
  if (firstOpen && !steps.some((s) => s.state === "stopped")) firstOpen.state = "current";
  return steps;
}

function nextOpen(steps: TimelineStep[]): StepKey {
  return (steps.find((s) => s.state === "upcoming") ?? steps[steps.length - 1]).key;
}
