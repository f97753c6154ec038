-- Hand-written (issue 4): the public needs board's full-text document and typo-tolerant place names.
-- 'simple' configuration: no stemming or stop words, so Marathi and Hindi words are indexed as written.
-- Weights: title A, specialty/profession B, facility name/district/taluka C, description D.
CREATE OR REPLACE FUNCTION needs_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  fac_name text;
  taluka_name text;
  dist_en text;
  dist_mr text;
  spec_name text;
  prof_label text;
BEGIN
  SELECT f.name, t.name_en INTO fac_name, taluka_name
    FROM facilities f LEFT JOIN ref_talukas t ON t.code = f.taluka_code
    WHERE f.id = NEW.facility_id;
  SELECT d.name_en, d.name_mr INTO dist_en, dist_mr FROM ref_districts d WHERE d.code = NEW.district_code;
  SELECT s.name INTO spec_name FROM ref_specialties s WHERE s.code = NEW.specialty_code;
  SELECT p.label INTO prof_label FROM ref_professions p WHERE p.code = NEW.profession_code;
  NEW.search :=
    setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('simple', concat_ws(' ', spec_name, prof_label)), 'B') ||
    setweight(to_tsvector('simple', concat_ws(' ', fac_name, dist_en, dist_mr, taluka_name)), 'C') ||
    setweight(to_tsvector('simple', coalesce(NEW.description, '')), 'D');
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER needs_search_refresh BEFORE INSERT OR UPDATE OF title, description, facility_id, district_code, specialty_code, profession_code
  ON needs FOR EACH ROW EXECUTE FUNCTION needs_search_document();
--> statement-breakpoint
-- A facility's name, district or taluka feeds its needs' documents and their denormalised district.
CREATE OR REPLACE FUNCTION facilities_refresh_needs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE needs SET district_code = NEW.district_code, facility_id = NEW.id WHERE facility_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER facilities_refresh_needs AFTER UPDATE OF name, district_code, taluka_code
  ON facilities FOR EACH ROW EXECUTE FUNCTION facilities_refresh_needs();
--> statement-breakpoint
UPDATE needs SET title = title;
--> statement-breakpoint
CREATE INDEX needs_search_gin ON needs USING gin (search);
--> statement-breakpoint
-- The board lists open needs by start date; a partial index keeps that scan to open rows only.
CREATE INDEX needs_open_start_idx ON needs (lower("window"), id) WHERE status = 'open';
--> statement-breakpoint
CREATE INDEX need_languages_language_idx ON need_languages (language_code, need_id);
--> statement-breakpoint
-- pg_trgm: "Nagpr" still finds Nagpur (word_similarity via the <% operator uses these indexes).
CREATE INDEX facilities_name_trgm ON facilities USING gin (lower(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX ref_districts_name_trgm ON ref_districts USING gin (lower(name_en) gin_trgm_ops);
