// DB-free Auth.js settings, shared by proxy.ts (which must not touch the database) and lib/auth/index.ts.
import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  // Credentials only work with JWT sessions; left out, sign-in "succeeds" and every session is null.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Auth.js's error page answers 500 for errors it calls "Configuration"; ours is the sign-in page.
  pages: { signIn: "/sign-in", error: "/sign-in" },
  trustHost: process.env.AUTH_TRUST_HOST === "true" || process.env.NODE_ENV !== "production" ? true : undefined,
  providers: [],
  callbacks: {
    // Only this origin (issue 12 defects 1 and 2): anything else goes to the home page.
    redirect({ url, baseUrl }) {
      try {
        const target = new URL(url, baseUrl);
        if (target.origin === new URL(baseUrl).origin && !target.pathname.startsWith("//")) return target.toString();
      } catch {
        /* not a URL */
      }
      return baseUrl;
    },
    // The token carries only the user id and the server-side session id; roles and status are read
    // from the database on every request (lib/auth/get-actor.ts).
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        (token as { sid?: string }).sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    session({ session, token }) {
      (session as { sid?: string }).sid = (token as { sid?: string }).sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
