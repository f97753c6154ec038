import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { matchRounds, matches, needs, users, volunteerProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { AppError } from "@/lib/errors";
import { roundRefSchema } from "@/lib/validation/matching";
import type { RoundReport } from "./run-round";

export type RoundSummary = {
  id: string;
  kind: "optimal" | "stable";
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  createdAt: Date;
  finishedAt: Date | null;
  error: string | null;
  report: RoundReport | null;
};

const summary = {
  id: matchRounds.id,
  kind: matchRounds.kind,
  status: matchRounds.status,
  progress: matchRounds.progress,
  createdAt: matchRounds.createdAt,
  finishedAt: matchRounds.finishedAt,
  error: matchRounds.error,
  report: matchRounds.report,
};

/** The latest rounds with status and progress (coordinators: DESIGN "run a matching round"). */
export async function listRounds(actor: Actor): Promise<RoundSummary[]> {
  authorize(actor, "round.run");
  const db = await getDb();
  const rows = await db.select(summary).from(matchRounds).orderBy(desc(matchRounds.createdAt)).limit(30);
  return rows.map((r) => ({ ...r, report: (r.report as RoundReport | null) ?? null }));
}

export const ROUND_PROPOSALS_PAGE_SIZE = 50;

export type RoundProposal = {
  matchId: string;
  needId: string;
  needTitle: string;
  volunteerId: string;
  volunteerName: string;
  score: number;
  status: string;
  reasons: { key: string; points: number; text: string; params?: Record<string, string | number> }[];
};

/** One round with its report and one page of its proposals, best first. */
export async function getRound(actor: Actor, input: unknown, page = 1): Promise<{ round: RoundSummary; proposals: RoundProposal[]; total: number }> {
  authorize(actor, "round.run");
  const { roundId } = parseInput(roundRefSchema, input);
  const db = await getDb();
  const [round] = await db.select(summary).from(matchRounds).where(eq(matchRounds.id, roundId));
  if (!round) throw new AppError("not_found");
  const p = Math.max(1, Math.floor(page) || 1);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        matchId: matches.id,
        needId: matches.needId,
        needTitle: needs.title,
        volunteerId: matches.volunteerId,
        fullName: volunteerProfiles.fullName,
        userName: users.name,
        score: matches.score,
        status: matches.status,
        reasons: matches.reasons,
      })
      .from(matches)
      .innerJoin(needs, eq(needs.id, matches.needId))
      .innerJoin(users, eq(users.id, matches.volunteerId))
      .leftJoin(volunteerProfiles, eq(volunteerProfiles.userId, matches.volunteerId))
      .where(eq(matches.roundId, roundId))
      .orderBy(desc(matches.score), matches.id)
      .limit(ROUND_PROPOSALS_PAGE_SIZE)
      .offset((p - 1) * ROUND_PROPOSALS_PAGE_SIZE),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(matches)
      .where(eq(matches.roundId, roundId)),
  ]);
  return {
    round: { ...round, report: (round.report as RoundReport | null) ?? null },
    total: Number(total),
    proposals: rows.map((r) => ({
      matchId: r.matchId,
      needId: r.needId,
      needTitle: r.needTitle,
      volunteerId: r.volunteerId,
      volunteerName: r.fullName ?? r.userName,
      score: r.score,
      status: r.status,
      reasons: Array.isArray(r.reasons) ? (r.reasons as RoundProposal["reasons"]) : [],
    })),
  };
}
