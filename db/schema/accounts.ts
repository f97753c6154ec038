import { sql } from "drizzle-orm";
import { pgTable, pgEnum, uuid, text, integer, timestamptz, primaryKey, index, jsonb, inet, boolean, check } from "./pg";
import { roles, userStatuses } from "../../lib/vocabulary/domain";

export const roleEnum = pgEnum("role", roles);
export const userStatusEnum = pgEnum("user_status", userStatuses);

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Normalised with lib/auth/email.ts (NFKC, trimmed, lower case): one person, one account. */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash"),
  status: userStatusEnum("status").notNull().default("active"),
  /** Bumped on sign-out-everywhere, password change, role change, deactivation: ends every session. */
  sessionVersion: integer("session_version").notNull().default(1),
  locale: text("locale").notNull().default("en"),
  /** IANA zone the person reads times in; null = automatic (browser, else country of residence). ADR 011. */
  timeZone: text("time_zone"),
  isDemo: integer("is_demo").notNull().default(0),
  /** Set when the owner followed a verification link (issue 12); null: may sign in only to verify. */
  emailVerifiedAt: timestamptz("email_verified_at"),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
  updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  deletedAt: timestamptz("deleted_at"),
});

export const userRoles = pgTable(
  "user_roles",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    grantedBy: uuid("granted_by").references(() => users.id, { onDelete: "set null" }),
    grantedAt: timestamptz("granted_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] }), index("user_roles_role_idx").on(t.role)],
);

/** Server-side session rows: the JWT only carries the id, so sign-out can really end a session. */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionVersion: integer("session_version").notNull(),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    expiresAt: timestamptz("expires_at").notNull(),
    revokedAt: timestamptz("revoked_at"),
    ip: inet("ip"),
    userAgent: text("user_agent"),
    /** Opened while the server ran in demo mode: refused once demo mode is off (issue 12 defect 8). */
    openedInDemo: boolean("opened_in_demo").notNull().default(false),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Single-use links sent by email (verify an address, reset a password). Only the SHA-256 of the
 * token is stored, so a database leak reveals no working link.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(), // verify_email | reset_password
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamptz("expires_at").notNull(),
    usedAt: timestamptz("used_at"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("account_tokens_user_idx").on(t.userId, t.purpose),
    check("account_tokens_purpose_check", sql`${t.purpose} in ('verify_email', 'reset_password')`),
  ],
);

/**
 * The device cookie of a good sign-in (OWASP "device cookies"): failures from a known device count
 * against that device, not the account, so a flood from elsewhere cannot lock the owner out.
 */
export const trustedDevices = pgTable(
  "trusted_devices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    lastUsedAt: timestamptz("last_used_at").notNull().defaultNow(),
    expiresAt: timestamptz("expires_at").notNull(),
  },
  (t) => [index("trusted_devices_user_idx").on(t.userId)],
);

/** Fixed-window counters for sign-in/sign-up throttling, shared by every app instance. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamptz("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamptz("updated_at")
    .notNull()
    .default(sql`now()`),
});

export const securityEventKinds = [
  "sign_in",
  "sign_in_failed",
  "sign_in_throttled",
  "sign_in_unverified",
  "password_changed",
  "password_reset_requested",
  "password_reset",
  "email_verified",
  "signed_out_everywhere",
] as const;

/**
 * The security log (issue 12): sign-ins, failures, throttling, resets. The owner reads their own
 * rows; admins search all. Failed attempts on unknown addresses keep the typed address, user null.
 */
export const securityEvents = pgTable(
  "security_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    kind: text("kind").notNull(),
    ip: inet("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("security_events_user_idx").on(t.userId, t.createdAt),
    index("security_events_email_idx").on(t.email, t.createdAt),
    index("security_events_created_idx").on(t.createdAt),
    check("security_events_kind_check", sql.raw(`kind in (${securityEventKinds.map((k) => `'${k}'`).join(", ")})`)),
  ],
);
