CREATE TABLE "matching_candidates" (
	"volunteer_id" uuid NOT NULL,
	"window_id" uuid NOT NULL,
	"specialty_code" text,
	"is_primary" boolean NOT NULL,
	"profession_code" text,
	"period" daterange NOT NULL,
	"mode" "service_mode" NOT NULL,
	"verification_level" smallint NOT NULL,
	"verification_valid_until" date,
	"languages" text[] NOT NULL,
	"origin_district_code" integer,
	"preferred_district_codes" integer[] NOT NULL,
	"static_points" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "matching_candidates" ADD CONSTRAINT "matching_candidates_volunteer_id_users_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_candidates" ADD CONSTRAINT "matching_candidates_window_id_availability_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."availability_windows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matching_candidates_specialty_period_gist" ON "matching_candidates" USING gist ("specialty_code","period");--> statement-breakpoint
CREATE INDEX "matching_candidates_profession_period_gist" ON "matching_candidates" USING gist ("profession_code","period");--> statement-breakpoint
CREATE INDEX "matching_candidates_volunteer_idx" ON "matching_candidates" USING btree ("volunteer_id");