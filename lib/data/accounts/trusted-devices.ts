import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { trustedDevices } from "@/db/schema";

export const DEVICE_COOKIE = "sf_device";
export const DEVICE_DAYS = 180;

const hashDevice = (token: string) => createHash("sha256").update(token).digest("hex");

/** The device id when the cookie belongs to this user's device and has not expired. */
export async function findTrustedDevice(db: DbOrTx, userId: string, rawToken: string | null | undefined): Promise<string | null> {
  if (!rawToken || !/^[A-Za-z0-9_-]{20,100}$/.test(rawToken)) return null;
  const [row] = await db
    .select({ id: trustedDevices.id })
    .from(trustedDevices)
    .where(and(eq(trustedDevices.tokenHash, hashDevice(rawToken)), eq(trustedDevices.userId, userId), gt(trustedDevices.expiresAt, new Date())));
  return row?.id ?? null;
}

/** After a good sign-in: keeps the known device fresh, or remembers a new one and returns its token. */
export async function rememberDevice(db: DbOrTx, userId: string, deviceId: string | null, rawToken: string | null | undefined): Promise<string> {
  const expiresAt = new Date(Date.now() + DEVICE_DAYS * 86400_000);
  if (deviceId && rawToken) {
    await db.update(trustedDevices).set({ lastUsedAt: new Date(), expiresAt }).where(eq(trustedDevices.id, deviceId));
    return rawToken;
  }
  const token = randomBytes(32).toString("base64url");
  await db.insert(trustedDevices).values({ userId, tokenHash: hashDevice(token), expiresAt });
  return token;
}

/** Password change or reset, sign-out everywhere: every device starts again as unknown. */
export async function forgetDevices(tx: DbOrTx, userId: string): Promise<void> {
  await tx.delete(trustedDevices).where(eq(trustedDevices.userId, userId));
}
