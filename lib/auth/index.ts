import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./config";
import { verifyCredentials } from "@/lib/data/accounts/credentials";
import { createSession, revokeSession } from "@/lib/data/accounts/sessions";
import { clientIp } from "./client-ip";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}
class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const ip = clientIp(request.headers);
        const check = await verifyCredentials(credentials, ip);
        if (!check.ok) throw check.reason === "rate_limited" ? new RateLimited() : new InvalidCredentials();
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
