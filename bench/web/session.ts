// A signed-in cookie for the benchmark without driving the sign-in form (whose argon2 check would be
// measured instead of the page): a real server-side session row plus the Auth.js JWT that points at it.
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { sessions, users } from "@/db/schema";

const COOKIE = "authjs.session-token"; // the name Auth.js uses over plain http

export async function createSessionFor(db: Db, email: string, secret: string): Promise<string> {
  const [user] = await db.select({ id: users.id, v: users.sessionVersion }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no demo account ${email}`);
  const [row] = await db
    .insert(sessions)
    .values({ userId: user.id, sessionVersion: user.v, expiresAt: new Date(Date.now() + 86400_000) })
    .returning({ id: sessions.id });
  return encode({ token: { sub: user.id, sid: row.id }, secret, salt: COOKIE, maxAge: 86400 });
}
