import { handlers } from "@/lib/auth";
import { guardAuthRoute } from "@/lib/auth/auth-route-guard";

// Hostile input to Auth.js's own routes gets a redirect or a 4xx, never a 5xx (issue 12 defect 2).
export const GET = guardAuthRoute(handlers.GET);
export const POST = guardAuthRoute(handlers.POST);
