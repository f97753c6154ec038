CREATE TYPE "public"."role" AS ENUM('volunteer', 'organization', 'coordinator', 'admin');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('active', 'deactivated', 'deleted');--> statement-breakpoint
CREATE TYPE "public"."consent_purpose" AS ENUM('matching', 'profile_sharing', 'contact_future');--> statement-breakpoint
CREATE TYPE "public"."licence_status" AS ENUM('unverified', 'verified', 'rejected', 'expired');--> statement-breakpoint
CREATE TYPE "public"."proficiency" AS ENUM('basic', 'conversational', 'fluent', 'native');--> statement-breakpoint
CREATE TYPE "public"."service_mode" AS ENUM('in_person', 'remote');--> statement-breakpoint
CREATE TYPE "public"."facility_type" AS ENUM('sub_centre', 'phc', 'chc', 'sub_district_hospital', 'district_hospital', 'medical_college', 'other');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('state_health_department', 'district_health_office', 'government_medical_college', 'hospital', 'ngo', 'diaspora_association');--> statement-breakpoint
CREATE TYPE "public"."organization_status" AS ENUM('pending', 'verified', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."interest_status" AS ENUM('sent', 'seen', 'shortlisted', 'not_suitable', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."need_status" AS ENUM('draft', 'open', 'closed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."need_type" AS ENUM('rural_primary_care', 'specialist_camp', 'teaching', 'tele_mentoring', 'public_health');--> statement-breakpoint
CREATE TYPE "public"."match_source" AS ENUM('round', 'interest', 'organization', 'coordinator');--> statement-breakpoint
CREATE TYPE "public"."match_status" AS ENUM('proposed', 'approved', 'rejected', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."round_kind" AS ENUM('optimal', 'stable');--> statement-breakpoint
CREATE TYPE "public"."round_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."placement_status" AS ENUM('offered', 'scheduled', 'active', 'completed', 'declined', 'withdrawn', 'cancelled', 'expired');--> statement-breakpoint
CREATE TYPE "public"."feedback_side" AS ENUM('volunteer', 'organization');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('draft', 'submitted', 'confirmed');--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" "inet",
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"granted_by" uuid,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_roles_user_id_role_pk" PRIMARY KEY("user_id","role")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"status" "user_status" DEFAULT 'active' NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"is_demo" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "ref_countries" (
	"code" text PRIMARY KEY NOT NULL,
	"alpha3" text NOT NULL,
	"name_en" text NOT NULL,
	"name_hi" text,
	"name_mr" text
);
--> statement-breakpoint
CREATE TABLE "ref_demo_facilities" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"district_code" integer NOT NULL,
	"block" text,
	"pincode" text,
	"lat" double precision,
	"lon" double precision
);
--> statement-breakpoint
CREATE TABLE "ref_districts" (
	"code" integer PRIMARY KEY NOT NULL,
	"state_code" integer NOT NULL,
	"name_en" text NOT NULL,
	"name_mr" text,
	"name_lgd" text NOT NULL,
	"former_name_en" text,
	"division" text
);
--> statement-breakpoint
CREATE TABLE "ref_divisions" (
	"name" text PRIMARY KEY NOT NULL,
	"former_name" text,
	"region" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_isco_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"level" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_languages" (
	"code" text PRIMARY KEY NOT NULL,
	"iso639_1" text,
	"name_en" text NOT NULL,
	"native_name" text,
	"scope" text NOT NULL,
	"seed_rank" smallint
);
--> statement-breakpoint
CREATE TABLE "ref_professions" (
	"code" text PRIMARY KEY NOT NULL,
	"esco_uri" text NOT NULL,
	"label" text NOT NULL,
	"isco_code" text NOT NULL,
	"alt_labels" text DEFAULT '' NOT NULL,
	"regulated" boolean DEFAULT false NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_specialties" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_states" (
	"code" integer PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_lgd" text NOT NULL,
	"type" text NOT NULL,
	"iso_3166_2" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_stats" (
	"metric_id" text NOT NULL,
	"geography" text NOT NULL,
	"period" text NOT NULL,
	"value" text NOT NULL,
	"unit" text NOT NULL,
	"description" text NOT NULL,
	"primary_source" text NOT NULL,
	"caveat" text,
	"id" serial PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_talukas" (
	"code" integer PRIMARY KEY NOT NULL,
	"district_code" integer NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "availability_windows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"period" daterange NOT NULL,
	"mode" "service_mode" NOT NULL,
	"hours_per_week" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" "consent_purpose" NOT NULL,
	"notice_version" text NOT NULL,
	"granted" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_reads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"reader_id" uuid,
	"purpose" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"original_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"authority" text NOT NULL,
	"country_code" text NOT NULL,
	"region" text,
	"number" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"status" "licence_status" DEFAULT 'unverified' NOT NULL,
	"document_id" uuid,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qualifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"degree" text NOT NULL,
	"institution" text NOT NULL,
	"country_code" text,
	"year" smallint
);
--> statement-breakpoint
CREATE TABLE "verification_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"valid_until" date,
	"licence_id" uuid,
	"decided_by" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_languages" (
	"user_id" uuid NOT NULL,
	"language_code" text NOT NULL,
	"proficiency" "proficiency" NOT NULL,
	CONSTRAINT "volunteer_languages_user_id_language_code_pk" PRIMARY KEY("user_id","language_code")
);
--> statement-breakpoint
CREATE TABLE "volunteer_preferred_districts" (
	"user_id" uuid NOT NULL,
	"district_code" integer NOT NULL,
	CONSTRAINT "volunteer_preferred_districts_user_id_district_code_pk" PRIMARY KEY("user_id","district_code")
);
--> statement-breakpoint
CREATE TABLE "volunteer_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"profession_code" text,
	"years_experience" smallint DEFAULT 0 NOT NULL,
	"country_of_residence" text,
	"city" text,
	"origin_state_code" integer,
	"origin_district_code" integer,
	"in_person" boolean DEFAULT true NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"max_placement_days" smallint,
	"bio" text DEFAULT '' NOT NULL,
	"date_of_birth" date,
	"adult_declared" boolean DEFAULT false NOT NULL,
	"phone" text,
	"verification_level" smallint DEFAULT 0 NOT NULL,
	"verification_valid_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_specialties" (
	"user_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	CONSTRAINT "volunteer_specialties_user_id_specialty_code_pk" PRIMARY KEY("user_id","specialty_code")
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"type" "facility_type" NOT NULL,
	"name" text NOT NULL,
	"district_code" integer NOT NULL,
	"taluka_code" integer,
	"address" text DEFAULT '' NOT NULL,
	"pincode" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"email" text,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_invites_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "organization_members" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"is_admin" boolean DEFAULT false NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_members_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"state_code" integer NOT NULL,
	"district_code" integer,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"status" "organization_status" DEFAULT 'pending' NOT NULL,
	"status_note" text,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidate_preferences" (
	"need_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"rank" smallint NOT NULL,
	"marked_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_preferences_need_id_volunteer_id_pk" PRIMARY KEY("need_id","volunteer_id")
);
--> statement-breakpoint
CREATE TABLE "interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"rank" smallint,
	"status" "interest_status" DEFAULT 'sent' NOT NULL,
	"reason" text,
	"seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_languages" (
	"need_id" uuid NOT NULL,
	"language_code" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	CONSTRAINT "need_languages_need_id_language_code_pk" PRIMARY KEY("need_id","language_code")
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"facility_id" uuid,
	"type" "need_type" NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"profession_code" text,
	"specialty_code" text,
	"district_code" integer,
	"window" daterange NOT NULL,
	"min_days" smallint NOT NULL,
	"max_days" smallint NOT NULL,
	"hours_per_week" smallint,
	"weeks" smallint,
	"slots" smallint DEFAULT 1 NOT NULL,
	"min_credential_level" smallint NOT NULL,
	"offers_housing" boolean DEFAULT false NOT NULL,
	"offers_meals" boolean DEFAULT false NOT NULL,
	"offers_local_travel" boolean DEFAULT false NOT NULL,
	"offers_stipend" boolean DEFAULT false NOT NULL,
	"offers_indemnity" boolean DEFAULT false NOT NULL,
	"application_deadline" date,
	"status" "need_status" DEFAULT 'draft' NOT NULL,
	"close_reason" text,
	"search" "tsvector",
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "match_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "round_kind" DEFAULT 'optimal' NOT NULL,
	"status" "round_status" DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"started_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"error" text,
	"report" jsonb
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"source" "match_source" NOT NULL,
	"round_id" uuid,
	"score" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	"status" "match_status" DEFAULT 'proposed' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reject_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"revoked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"viewer_id" uuid NOT NULL,
	"what" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"email_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"dedupe_key" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "outbound_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"volunteer_id" uuid,
	"period" daterange NOT NULL,
	"status" "placement_status" DEFAULT 'offered' NOT NULL,
	"offer_expires_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"status_reason" text,
	"arrival_details" text,
	"approved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placements_match_id_unique" UNIQUE("match_id")
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"from_side" "feedback_side" NOT NULL,
	"ratings" jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_reports" (
	"placement_id" uuid PRIMARY KEY NOT NULL,
	"days_served" smallint NOT NULL,
	"hours" integer NOT NULL,
	"patients_seen" integer DEFAULT 0 NOT NULL,
	"procedures_or_camps" integer DEFAULT 0 NOT NULL,
	"staff_trained" integer DEFAULT 0 NOT NULL,
	"training_topics" text DEFAULT '' NOT NULL,
	"sessions_taught" integer DEFAULT 0 NOT NULL,
	"materials_left" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"status" "report_status" DEFAULT 'draft' NOT NULL,
	"corrections" jsonb,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ref_demo_facilities" ADD CONSTRAINT "ref_demo_facilities_district_code_ref_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."ref_districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ref_districts" ADD CONSTRAINT "ref_districts_state_code_ref_states_code_fk" FOREIGN KEY ("state_code") REFERENCES "public"."ref_states"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ref_districts" ADD CONSTRAINT "ref_districts_division_ref_divisions_name_fk" FOREIGN KEY ("division") REFERENCES "public"."ref_divisions"("name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ref_talukas" ADD CONSTRAINT "ref_talukas_district_code_ref_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."ref_districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_windows" ADD CONSTRAINT "availability_windows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_reads" ADD CONSTRAINT "document_reads_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_country_code_ref_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."ref_countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_country_code_ref_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."ref_countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_decisions" ADD CONSTRAINT "verification_decisions_volunteer_id_users_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_decisions" ADD CONSTRAINT "verification_decisions_licence_id_licences_id_fk" FOREIGN KEY ("licence_id") REFERENCES "public"."licences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_languages" ADD CONSTRAINT "volunteer_languages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_languages" ADD CONSTRAINT "volunteer_languages_language_code_ref_languages_code_fk" FOREIGN KEY ("language_code") REFERENCES "public"."ref_languages"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_preferred_districts" ADD CONSTRAINT "volunteer_preferred_districts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_preferred_districts" ADD CONSTRAINT "volunteer_preferred_districts_district_code_ref_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."ref_districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "volunteer_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "volunteer_profiles_profession_code_ref_professions_code_fk" FOREIGN KEY ("profession_code") REFERENCES "public"."ref_professions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "volunteer_profiles_country_of_residence_ref_countries_code_fk" FOREIGN KEY ("country_of_residence") REFERENCES "public"."ref_countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "volunteer_profiles_origin_state_code_ref_states_code_fk" FOREIGN KEY ("origin_state_code") REFERENCES "public"."ref_states"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "volunteer_profiles_origin_district_code_ref_districts_code_fk" FOREIGN KEY ("origin_district_code") REFERENCES "public"."ref_districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_specialties" ADD CONSTRAINT "volunteer_specialties_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_specialties" ADD CONSTRAINT "volunteer_specialties_specialty_code_ref_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."ref_specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_district_code_ref_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."ref_districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_taluka_code_ref_talukas_code_fk" FOREIGN KEY ("taluka_code") REFERENCES "public"."ref_talukas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_invites" ADD CONSTRAINT "organization_invites_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_state_code_ref_states_code_fk" FOREIGN KEY ("state_code") REFERENCES "public"."ref_states"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_district_code_ref_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."ref_districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_preferences" ADD CONSTRAINT "candidate_preferences_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_preferences" ADD CONSTRAINT "candidate_preferences_volunteer_id_users_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_volunteer_id_users_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_languages" ADD CONSTRAINT "need_languages_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_languages" ADD CONSTRAINT "need_languages_language_code_ref_languages_code_fk" FOREIGN KEY ("language_code") REFERENCES "public"."ref_languages"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_profession_code_ref_professions_code_fk" FOREIGN KEY ("profession_code") REFERENCES "public"."ref_professions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_specialty_code_ref_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."ref_specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_volunteer_id_users_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_round_id_match_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."match_rounds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tokens" ADD CONSTRAINT "calendar_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_volunteer_id_users_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reports" ADD CONSTRAINT "service_reports_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_roles_role_idx" ON "user_roles" USING btree ("role");--> statement-breakpoint
CREATE INDEX "ref_districts_state_idx" ON "ref_districts" USING btree ("state_code");--> statement-breakpoint
CREATE INDEX "ref_talukas_district_idx" ON "ref_talukas" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit_log" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "consents_user_purpose_idx" ON "consents" USING btree ("user_id","purpose","at");--> statement-breakpoint
CREATE INDEX "documents_owner_idx" ON "documents" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "licences_user_idx" ON "licences" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "volunteer_profiles_profession_idx" ON "volunteer_profiles" USING btree ("profession_code");--> statement-breakpoint
CREATE INDEX "volunteer_specialties_code_idx" ON "volunteer_specialties" USING btree ("specialty_code");--> statement-breakpoint
CREATE INDEX "facilities_org_idx" ON "facilities" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "facilities_district_idx" ON "facilities" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "organization_members_user_idx" ON "organization_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interests_need_volunteer_uq" ON "interests" USING btree ("need_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "interests_volunteer_idx" ON "interests" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "needs_org_idx" ON "needs" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "needs_status_idx" ON "needs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "needs_specialty_idx" ON "needs" USING btree ("specialty_code");--> statement-breakpoint
CREATE INDEX "needs_district_idx" ON "needs" USING btree ("district_code");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_open_pair_uq" ON "matches" USING btree ("need_id","volunteer_id") WHERE status = 'proposed';--> statement-breakpoint
CREATE INDEX "matches_round_idx" ON "matches" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "matches_status_idx" ON "matches" USING btree ("status");--> statement-breakpoint
CREATE INDEX "matches_volunteer_idx" ON "matches" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","read_at");--> statement-breakpoint
CREATE INDEX "placements_need_idx" ON "placements" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "placements_volunteer_idx" ON "placements" USING btree ("volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_placement_side_uq" ON "feedback" USING btree ("placement_id","from_side");