import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, userRoles } from "@/db/schema";
import { normalizeEmail } from "@/lib/auth/email";
import { hashPassword } from "@/lib/auth/password";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { email, password, requiredText } from "@/lib/validation/common";
import { z } from "zod";

const schema = z.object({ email, password, name: requiredText(120) });

/**
 * The only way to make the first admin (no default accounts): run from the command line by whoever
 * operates the server. Skips the policy on purpose, hence "unsafe" in the name; audited as actor null.
 */
export async function unsafeCreateAdmin(db: Db, input: unknown): Promise<{ userId: string; created: boolean }> {
  const data = parseInput(schema, input);
  const normalized = normalizeEmail(data.email);
  const hash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, normalized));
    const userId = existing
      ? existing.id
      : (await tx.insert(users).values({ email: normalized, name: data.name, passwordHash: hash, emailVerifiedAt: new Date() }).returning({ id: users.id }))[0]
          .id;
    if (existing) await tx.update(users).set({ passwordHash: hash, status: "active", emailVerifiedAt: new Date() }).where(eq(users.id, userId));
    await tx.insert(userRoles).values({ userId, role: "admin" }).onConflictDoNothing();
    await writeAudit(tx, { id: null }, { action: "role.granted", objectType: "user", objectId: userId, after: { role: "admin", via: "admin:create" } });
    return { userId, created: !existing };
  });
}
