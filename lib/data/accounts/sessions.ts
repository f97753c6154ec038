import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, users, userRoles, organizationMembers } from "@/db/schema";
import type { Role, SignedInActor } from "@/lib/auth/actor.types";
import { isDemoMode } from "./demo-mode";

export const SESSION_DAYS = 30;

export async function createSession(userId: string, meta: { ip?: string | null; userAgent?: string | null } = {}): Promise<string> {
  const db = await getDb();
  const [user] = await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId));
  const [row] = await db
    .insert(sessions)
    .values({
      userId,
      sessionVersion: user.v,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 86400_000),
      ip: meta.ip && /^[0-9a-fA-F:.]+$/.test(meta.ip) ? meta.ip : null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      openedInDemo: isDemoMode(),
    })
    .returning({ id: sessions.id });
  return row.id;
}

/** Sign-out ends the session on the server: a replayed cookie then finds a revoked row. */
export async function revokeSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/**
 * Reads the actor for a session id straight from the database: roles and account status are never
 * trusted from the token. Null when the session is unknown, revoked, expired, from an older
 * session_version, or the account is not active. A session opened in demo mode, or of a demo account,
 * ends when demo mode is switched off (issue 12 defect 8): demo passwords are published. One query on
 * the session's primary key, roles and memberships as arrays beside it: it runs on every signed-in
 * request (issue 16).
 */
export async function loadActorForSession(sessionId: string): Promise<SignedInActor | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const db = await getDb();
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      status: users.status,
      userVersion: users.sessionVersion,
      sessionVersion: sessions.sessionVersion,
      revokedAt: sessions.revokedAt,
      expiresAt: sessions.expiresAt,
      openedInDemo: sessions.openedInDemo,
      isDemo: users.isDemo,
      roles: sql<Role[] | null>`(select array_agg(r.role::text) from ${userRoles} r where r.user_id = ${users.id})`,
      organizationIds: sql<string[] | null>`(select array_agg(m.organization_id::text) from ${organizationMembers} m where m.user_id = ${users.id})`,
      organizationAdminIds: sql<
        string[] | null
      >`(select array_agg(m.organization_id::text) from ${organizationMembers} m where m.user_id = ${users.id} and m.is_admin)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  const r = rows[0];
  if (!r || r.revokedAt || r.expiresAt.getTime() < Date.now() || r.status !== "active" || r.userVersion !== r.sessionVersion) {
    return null;
  }
  if ((r.openedInDemo || r.isDemo) && !isDemoMode()) {
    return null;
  }
  return {
    kind: "user",
    id: r.id,
    email: r.email,
    name: r.name,
    roles: new Set(parsePgArray(r.roles) as Role[]),
    organizationIds: parsePgArray(r.organizationIds),
    organizationAdminIds: parsePgArray(r.organizationAdminIds),
    sessionId,
  };
}

/** array_agg comes back as a JS array from postgres.js and PGlite alike, or as "{a,b}" text from some drivers. */
function parsePgArray(v: unknown): string[] {
  if (Array.isArray(v)) return v as string[];
  if (typeof v === "string" && v.startsWith("{")) return v.slice(1, -1).split(",").filter(Boolean);
  return [];
}
