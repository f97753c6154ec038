import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./config";
import { verifyCredentials } from "@/lib/data/accounts/credentials";
import { createSession, revokeSession } from "@/lib/data/accounts/sessions";
import { cookies } from "next/headers";
import { clientIp } from "./client-ip";
import { DEVICE_COOKIE, DEVICE_DAYS } from "@/lib/data/accounts/trusted-devices";
import { configuredOrigin } from "@/lib/http/app-url";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}
class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class Unverified extends CredentialsSignin {
  code = "unverified";
}

function readCookie(headers: Headers, name: string): string | null {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}

/** The device cookie of a good sign-in (ADR 010). Outside a request (tests) there is nothing to set. */
async function setDeviceCookie(token: string): Promise<void> {
  try {
    (await cookies()).set(DEVICE_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: configuredOrigin()?.startsWith("https://"),
      path: "/",
      maxAge: DEVICE_DAYS * 86400,
    });
  } catch {
    /* not in a request scope */
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const ip = clientIp(request.headers);
        const check = await verifyCredentials(credentials, {
          ip,
          deviceToken: readCookie(request.headers, DEVICE_COOKIE),
          userAgent: request.headers.get("user-agent"),
        });
        if (!check.ok) {
          throw check.reason === "rate_limited" ? new RateLimited() : check.reason === "unverified" ? new Unverified() : new InvalidCredentials();
        }
        await setDeviceCookie(check.deviceToken);
        const sid = await createSession(check.userId, { ip, userAgent: request.headers.get("user-agent") });
        return { id: check.userId, sid } as { id: string };
      },
    }),
  ],
  events: {
    // Sign-out ends the session on the server too: a copied cookie replayed afterwards is refused.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const sid = (token as { sid?: string } | null)?.sid;
      if (sid) await revokeSession(sid);
    },
  },
});
