export { roles, type Role } from "@/lib/vocabulary/domain";
import type { Role } from "@/lib/vocabulary/domain";

export type SignedInActor = {
  kind: "user";
  id: string;
  email: string;
  name: string;
  roles: ReadonlySet<Role>;
  /** Organisations the user is a member of, and those where they are an organisation admin. */
  organizationIds: readonly string[];
  organizationAdminIds: readonly string[];
  sessionId: string;
};
export type AnonymousActor = { kind: "anonymous" };
export type Actor = SignedInActor | AnonymousActor;

export const anonymous: AnonymousActor = { kind: "anonymous" };
