import { pgTable, pgEnum, uuid, text, integer, boolean, timestamptz, primaryKey, index } from "./pg";
import { users } from "./accounts";
import { refStates, refDistricts, refTalukas } from "./reference";
import { facilityTypes, organizationKinds, organizationStatuses } from "../../lib/vocabulary/domain";

export const organizationKindEnum = pgEnum("organization_kind", organizationKinds);
export const organizationStatusEnum = pgEnum("organization_status", organizationStatuses);
export const facilityTypeEnum = pgEnum("facility_type", facilityTypes);

export const organizations = pgTable("organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  kind: organizationKindEnum("kind").notNull(),
  stateCode: integer("state_code")
    .notNull()
    .references(() => refStates.code),
  districtCode: integer("district_code").references(() => refDistricts.code),
  contactEmail: text("contact_email").notNull(),
  contactPhone: text("contact_phone"),
  status: organizationStatusEnum("status").notNull().default("pending"),
  statusNote: text("status_note"),
  verifiedBy: uuid("verified_by"),
  verifiedAt: timestamptz("verified_at"),
  createdBy: uuid("created_by"),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
});

export const organizationMembers = pgTable(
  "organization_members",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    isAdmin: boolean("is_admin").notNull().default(false),
    joinedAt: timestamptz("joined_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index("organization_members_user_idx").on(t.userId)],
);

export const organizationInvites = pgTable("organization_invites", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  email: text("email"),
  expiresAt: timestamptz("expires_at").notNull(),
  usedAt: timestamptz("used_at"),
  usedBy: uuid("used_by"),
  createdBy: uuid("created_by").notNull(),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
});

export const facilities = pgTable(
  "facilities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    type: facilityTypeEnum("type").notNull(),
    name: text("name").notNull(),
    districtCode: integer("district_code")
      .notNull()
      .references(() => refDistricts.code),
    talukaCode: integer("taluka_code").references(() => refTalukas.code),
    address: text("address").notNull().default(""),
    pincode: text("pincode"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [index("facilities_org_idx").on(t.organizationId), index("facilities_district_idx").on(t.districtCode)],
);
