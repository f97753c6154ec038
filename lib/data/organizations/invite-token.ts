import { createHash, randomBytes } from "node:crypto";

/** A fresh invite token (shown once, in the link) and the hash that is all the database keeps. */
export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
