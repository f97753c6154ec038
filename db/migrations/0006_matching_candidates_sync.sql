-- Issue 5, docs/decisions/007-shortlist-in-sql.md: matching_candidates is rebuilt per volunteer by
-- one function, called by statement-level triggers (transition tables: one call per statement, so a
-- 500-row bulk insert refreshes once) on every table the shortlist reads. Triggers keep every writer
-- honest; nothing in the application writes the table. The score parts mirror lib/matching/score.ts
-- (tests/integration/matching-shortlist.test.ts checks SQL == evaluate() on random pairs).
-- A session may set skillflow.matching_sync = 'off' for a bulk load and call
-- matching_refresh_candidates(NULL) once at the end (the demo seed does).
CREATE OR REPLACE FUNCTION matching_refresh_candidates(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL THEN
    DELETE FROM matching_candidates;
  ELSE
    DELETE FROM matching_candidates WHERE volunteer_id = ANY (ids);
  END IF;
  INSERT INTO matching_candidates (volunteer_id, window_id, specialty_code, is_primary, profession_code, period, mode,
    verification_level, verification_valid_until, languages, origin_district_code, preferred_district_codes, static_points)
  SELECT p.user_id, w.id, s.specialty_code, coalesce(s.is_primary, false), p.profession_code, w.period, w.mode,
    p.verification_level, p.verification_valid_until,
    coalesce((SELECT array_agg(l.language_code ORDER BY l.language_code) FROM volunteer_languages l
              WHERE l.user_id = p.user_id AND l.proficiency IN ('conversational', 'fluent', 'native')), '{}'),
    p.origin_district_code,
    coalesce((SELECT array_agg(d.district_code ORDER BY d.district_code) FROM volunteer_preferred_districts d WHERE d.user_id = p.user_id), '{}'),
    -- experience: 1 point per full two years, at most 10
    least(10, greatest(0, p.years_experience) / 2)
    -- past service: 3 per completed placement (max 15) and the feedback term, only with completions
    + CASE WHEN ps.completed > 0 THEN least(15, ps.completed * 3)
        + CASE WHEN ps.average IS NULL THEN 0
               ELSE floor((floor(ps.average * 100 + 0.5) / 100 - 3) * 5 + 0.5)::int END
      ELSE 0 END
    -- fairness: never offered a placement
    + CASE WHEN ps.ever_offered THEN 0 ELSE 8 END
  FROM volunteer_profiles p
  JOIN users u ON u.id = p.user_id AND u.status = 'active'
  JOIN availability_windows w ON w.user_id = p.user_id
    AND ((w.mode = 'in_person' AND p.in_person) OR (w.mode = 'remote' AND p.remote))
  LEFT JOIN volunteer_specialties s ON s.user_id = p.user_id
  CROSS JOIN LATERAL (
    SELECT EXISTS (SELECT 1 FROM placements x WHERE x.volunteer_id = p.user_id) AS ever_offered,
      (SELECT count(*)::int FROM placements x WHERE x.volunteer_id = p.user_id AND x.status = 'completed') AS completed,
      (SELECT avg((r.value)::numeric)::float8 FROM placements x
         JOIN feedback f ON f.placement_id = x.id AND f.from_side = 'organization'
         CROSS JOIN LATERAL jsonb_each_text(f.ratings) r
       WHERE x.volunteer_id = p.user_id AND x.status = 'completed') AS average
  ) ps
  WHERE (ids IS NULL OR p.user_id = ANY (ids))
    AND coalesce((SELECT c.granted FROM consents c WHERE c.user_id = p.user_id AND c.purpose = 'matching'
                  ORDER BY c.at DESC, c.id DESC LIMIT 1), false);
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION matching_sync_enabled() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('skillflow.matching_sync', true), '') <> 'off' $$;
--> statement-breakpoint
-- Tables keyed by user_id (profile, specialties, languages, districts, availability, consents).
CREATE OR REPLACE FUNCTION matching_sync_user_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT matching_sync_enabled() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM matching_refresh_candidates(ARRAY(SELECT DISTINCT user_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM matching_refresh_candidates(ARRAY(SELECT DISTINCT user_id FROM old_rows));
  ELSE
    PERFORM matching_refresh_candidates(ARRAY(SELECT user_id FROM new_rows UNION SELECT user_id FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Placements (ever offered, completed count) keyed by volunteer_id.
CREATE OR REPLACE FUNCTION matching_sync_placement_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT matching_sync_enabled() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM matching_refresh_candidates(ARRAY(SELECT DISTINCT volunteer_id FROM new_rows WHERE volunteer_id IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM matching_refresh_candidates(ARRAY(SELECT DISTINCT volunteer_id FROM old_rows WHERE volunteer_id IS NOT NULL));
  ELSE
    -- Only changes that can move the score: status (offered → completed …) or the volunteer.
    PERFORM matching_refresh_candidates(ARRAY(
      SELECT n.volunteer_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.volunteer_id IS NOT NULL AND (n.status IS DISTINCT FROM o.status OR n.volunteer_id IS DISTINCT FROM o.volunteer_id)
      UNION SELECT o.volunteer_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o.volunteer_id IS NOT NULL AND n.volunteer_id IS DISTINCT FROM o.volunteer_id));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Feedback (mean rating) reaches the volunteer through its placement.
CREATE OR REPLACE FUNCTION matching_sync_feedback_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT matching_sync_enabled() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM matching_refresh_candidates(ARRAY(SELECT DISTINCT p.volunteer_id FROM new_rows f JOIN placements p ON p.id = f.placement_id WHERE p.volunteer_id IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM matching_refresh_candidates(ARRAY(SELECT DISTINCT p.volunteer_id FROM old_rows f JOIN placements p ON p.id = f.placement_id WHERE p.volunteer_id IS NOT NULL));
  ELSE
    PERFORM matching_refresh_candidates(ARRAY(SELECT p.volunteer_id FROM new_rows f JOIN placements p ON p.id = f.placement_id WHERE p.volunteer_id IS NOT NULL
      UNION SELECT p.volunteer_id FROM old_rows f JOIN placements p ON p.id = f.placement_id WHERE p.volunteer_id IS NOT NULL));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- users.status (deactivated / deleted accounts leave the shortlist). A column list rules out
-- transition tables, so this one is a row trigger; status changes are rare.
CREATE OR REPLACE FUNCTION matching_sync_user_status() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF matching_sync_enabled() THEN PERFORM matching_refresh_candidates(ARRAY[NEW.id]); END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER matching_sync_users_status AFTER UPDATE OF status ON users
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION matching_sync_user_status();
--> statement-breakpoint
DO $$
DECLARE
  t text;
  fn text;
BEGIN
  FOR t, fn IN VALUES
    ('volunteer_profiles', 'matching_sync_user_rows'),
    ('volunteer_specialties', 'matching_sync_user_rows'),
    ('volunteer_languages', 'matching_sync_user_rows'),
    ('volunteer_preferred_districts', 'matching_sync_user_rows'),
    ('availability_windows', 'matching_sync_user_rows'),
    ('consents', 'matching_sync_user_rows'),
    ('placements', 'matching_sync_placement_rows'),
    ('feedback', 'matching_sync_feedback_rows')
  LOOP
    EXECUTE format('CREATE TRIGGER matching_sync_ins AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, fn);
    EXECUTE format('CREATE TRIGGER matching_sync_upd AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, fn);
    EXECUTE format('CREATE TRIGGER matching_sync_del AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, fn);
  END LOOP;
END;
$$;
--> statement-breakpoint
SELECT matching_refresh_candidates(NULL);
