ALTER TABLE "matching_candidates" ADD COLUMN "start_day" date GENERATED ALWAYS AS (lower(period)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "matching_candidates" ADD COLUMN "end_day" date GENERATED ALWAYS AS (upper(period)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "matching_candidates" ADD COLUMN "length_class" smallint GENERATED ALWAYS AS (width_bucket(upper(period) - lower(period), ARRAY[2, 4, 8, 16, 32, 64, 128, 256, 512])) STORED NOT NULL;--> statement-breakpoint
-- Issue 5, docs/decisions/007: the shortlist's access path. One B-tree range scan per
-- (specialty or profession, mode, level, length class): a window of length class k (2^k ≤ length <
-- 2^(k+1)) overlapping [s, e) by m days starts in [s + m − (2^(k+1) − 1), e − m], so the start bound
-- is tight and each scan reads almost only eligible rows. INCLUDE carries every column the filters
-- and the score read, so the scans are index-only; fixed-width columns first, so reading them never
-- walks past the arrays. GiST on (specialty, period) answered the same
-- question ~3× slower per row (measured in 007) and stays for the round's join.
CREATE INDEX "matching_candidates_specialty_scan" ON "matching_candidates"
  ("specialty_code", "mode", "verification_level", "length_class", "start_day")
  INCLUDE ("end_day", "volunteer_id", "is_primary", "verification_valid_until", "origin_district_code", "static_points",
    "profession_code", "languages", "preferred_district_codes");
--> statement-breakpoint
CREATE INDEX "matching_candidates_profession_scan" ON "matching_candidates"
  ("profession_code", "mode", "verification_level", "length_class", "start_day")
  INCLUDE ("end_day", "volunteer_id", "verification_valid_until", "origin_district_code", "static_points",
    "languages", "preferred_district_codes");
