-- Hand-written: what drizzle-kit cannot express. Runs unchanged on PostgreSQL 15+ and PGlite.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- DESIGN rule 2: a volunteer never holds two live placements whose periods overlap.
ALTER TABLE placements ADD CONSTRAINT placements_no_overlap
  EXCLUDE USING gist (volunteer_id WITH =, period WITH &&)
  WHERE (status IN ('offered', 'scheduled', 'active'));
--> statement-breakpoint
ALTER TABLE placements ADD CONSTRAINT placements_period_bounded
  CHECK (NOT isempty(period) AND lower_inc(period) AND NOT upper_inf(period) AND NOT lower_inf(period));
--> statement-breakpoint
ALTER TABLE availability_windows ADD CONSTRAINT availability_period_bounded
  CHECK (NOT isempty(period) AND NOT upper_inf(period) AND NOT lower_inf(period));
--> statement-breakpoint
ALTER TABLE needs ADD CONSTRAINT needs_window_bounded
  CHECK (NOT isempty("window") AND NOT upper_inf("window") AND NOT lower_inf("window"));
--> statement-breakpoint
ALTER TABLE needs ADD CONSTRAINT needs_lengths CHECK (min_days >= 1 AND min_days <= max_days);
--> statement-breakpoint
ALTER TABLE needs ADD CONSTRAINT needs_slots CHECK (slots BETWEEN 1 AND 100);
--> statement-breakpoint
ALTER TABLE needs ADD CONSTRAINT needs_credential_level CHECK (min_credential_level BETWEEN 0 AND 3);
--> statement-breakpoint
ALTER TABLE volunteer_profiles ADD CONSTRAINT volunteer_level CHECK (verification_level BETWEEN 0 AND 3);
--> statement-breakpoint
-- DESIGN rule 2: a need never holds more live placements than its slots. The need row is locked,
-- so concurrent approvals for one need queue here and each sees the others' committed rows.
CREATE OR REPLACE FUNCTION placements_enforce_slots() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cap integer;
  taken integer;
BEGIN
  IF NEW.status NOT IN ('offered', 'scheduled', 'active') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status IN ('offered', 'scheduled', 'active') AND OLD.need_id = NEW.need_id THEN
    RETURN NEW;
  END IF;
  SELECT slots INTO cap FROM needs WHERE id = NEW.need_id FOR UPDATE;
  SELECT count(*) INTO taken FROM placements
    WHERE need_id = NEW.need_id AND id <> NEW.id AND status IN ('offered', 'scheduled', 'active');
  IF taken >= cap THEN
    RAISE EXCEPTION 'need % has no free slot', NEW.need_id
      USING ERRCODE = '23514', CONSTRAINT = 'placements_slot_capacity';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER placements_slots BEFORE INSERT OR UPDATE OF status, need_id ON placements
  FOR EACH ROW EXECUTE FUNCTION placements_enforce_slots();
--> statement-breakpoint
-- DESIGN rule 6: the audit log is append-only, on every engine.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = '42501';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE INDEX availability_user_period_gist ON availability_windows USING gist (user_id, period);
--> statement-breakpoint
CREATE INDEX needs_window_gist ON needs USING gist ("window");
--> statement-breakpoint
CREATE INDEX placements_volunteer_period_gist ON placements USING gist (volunteer_id, period);
