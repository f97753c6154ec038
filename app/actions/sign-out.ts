"use server";
import { signOut } from "@/lib/auth";

export async function signOutAction(): Promise<void> {
  // events.signOut in lib/auth revokes the server-side session row.
  await signOut({ redirectTo: "/?signedOut=1" });
}
