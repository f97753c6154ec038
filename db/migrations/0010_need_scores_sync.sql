-- Issue 5 (docs/decisions/007): need_scores holds every eligible (need, volunteer) pair with its
-- score, so a shortlist page is an index range read instead of scoring ~1,600 rows per request.
-- The pair rows and the score below are the round's (lib/data/matching/shortlist-queries.ts
-- pairRowsFrom, rendered with lib/matching/weights.ts and the related-specialty pairs); the parity
-- tests (tests/integration/matching-shortlist.test.ts) hold them equal to the engine, so a weight
-- change needs a migration that replaces matching_need_pair_scores().
--
-- Refreshes run inside the writers' transactions, serialised by one transaction-level advisory
-- lock: each statement after the lock sees every earlier refresh's committed data (READ
-- COMMITTED), so a volunteer edit and a need edit racing each other cannot leave a stale score.
-- One body for the three ways a refresh selects pairs; the filter is spliced in per call, so each
-- side is planned with its own index (dynamic SQL plans per execution, which a refresh can afford).
CREATE OR REPLACE FUNCTION matching_need_pair_scores(side text, ids uuid[])
RETURNS TABLE (need_id uuid, volunteer_id uuid, score integer)
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
  RETURN QUERY EXECUTE format($q$
  SELECT p.need_id, p.volunteer_id, max(p.score)::int FROM (
    WITH nl AS (
      SELECT need_id, coalesce(array_agg(language_code) FILTER (WHERE required), '{}') AS required,
        coalesce(array_agg(language_code) FILTER (WHERE NOT required), '{}') AS preferred
      FROM need_languages GROUP BY need_id)
    SELECT n.id AS need_id, c.volunteer_id, c.window_id, 50 + (CASE WHEN n.specialty_code IS NULL THEN 0
    WHEN c.specialty_code = n.specialty_code THEN (CASE WHEN c.is_primary THEN 40 ELSE 25 END)
    ELSE 10 END)
    + least(20, (greatest(0, least((least(c.end_day, upper(n."window")) - greatest(c.start_day, lower(n."window"))), n.max_days::int) - n.min_days::int) / 7) * 2)
    + 10 * (SELECT count(*)::int FROM unnest(nl.preferred) x WHERE x = ANY (c.languages))
    + (CASE WHEN coalesce(n.district_code, f.district_code) IS NULL THEN 0 ELSE
    (CASE WHEN c.origin_district_code = coalesce(n.district_code, f.district_code) THEN 15 ELSE 0 END)
    + (CASE WHEN coalesce(n.district_code, f.district_code) = ANY (c.preferred_district_codes) THEN 8 ELSE 0 END) END) + (greatest(0, c.verification_level - n.min_credential_level) * 5) + c.static_points AS score, (least(c.end_day, upper(n."window")) - greatest(c.start_day, lower(n."window"))) AS overlap
    FROM needs n
    LEFT JOIN facilities f ON f.id = n.facility_id
    LEFT JOIN nl ON nl.need_id = n.id
    JOIN matching_candidates c ON c.period && n."window"
      AND c.mode = (CASE WHEN n.remote THEN 'remote' ELSE 'in_person' END)::service_mode
    WHERE %s
      AND (least(c.end_day, upper(n."window")) - greatest(c.start_day, lower(n."window"))) >= n.min_days
      AND (n.profession_code IS NULL OR c.profession_code = n.profession_code)
      AND (n.specialty_code IS NULL OR c.specialty_code = n.specialty_code
           OR (c.specialty_code || ':' || n.specialty_code) = ANY ('{"01:08","01:11","01:38","01:50","01:84","01:97","01:C6","02:24","02:28","02:33","02:77","02:91","05:32","05:43","05:81","05:93","06:21","06:78","06:C3","06:C7","08:01","08:11","08:16","08:37","08:38","08:42","08:50","08:84","08:97","08:C6","11:01","11:08","11:38","11:50","11:84","11:97","11:C6","16:08","16:37","16:42","16:98","18:41","20:23","20:25","20:40","20:65","21:06","21:78","21:C3","21:C7","23:20","23:25","23:40","23:65","24:02","24:28","24:33","24:77","24:91","25:20","25:23","25:40","25:65","26:27","26:62","26:79","26:80","26:86","27:26","27:62","27:79","27:80","27:86","28:02","28:24","28:33","28:77","28:91","32:05","32:43","32:81","32:93","33:02","33:24","33:28","33:77","33:91","37:08","37:16","37:42","38:01","38:08","38:11","38:50","38:84","38:97","38:C6","40:20","40:23","40:25","40:65","41:18","42:08","42:16","42:37","43:05","43:32","43:81","43:93","50:01","50:08","50:11","50:38","50:84","50:97","50:C6","62:26","62:27","62:79","62:80","62:86","65:20","65:23","65:25","65:40","77:02","77:24","77:28","77:33","77:91","78:06","78:21","78:C3","78:C7","79:26","79:27","79:62","79:80","79:86","80:26","80:27","80:62","80:79","80:86","81:05","81:32","81:43","81:93","82:83","82:90","82:92","82:98","83:82","83:90","83:92","83:98","84:01","84:08","84:11","84:38","84:50","84:97","84:C6","86:26","86:27","86:62","86:79","86:80","90:82","90:83","90:92","90:98","91:02","91:24","91:28","91:33","91:77","92:82","92:83","92:90","92:98","93:05","93:32","93:43","93:81","97:01","97:08","97:11","97:38","97:50","97:84","97:C6","98:16","98:82","98:83","98:90","98:92","C3:06","C3:21","C3:78","C3:C7","C6:01","C6:08","C6:11","C6:38","C6:50","C6:84","C6:97","C7:06","C7:21","C7:78","C7:C3"}'::text[]))
      AND c.verification_level >= n.min_credential_level
    AND (n.min_credential_level = 0 OR c.verification_valid_until IS NULL OR c.verification_valid_until >= (upper(n."window") - 1))
      AND c.languages @> coalesce(nl.required, '{}')
  ) p
  GROUP BY p.need_id, p.volunteer_id
$q$, CASE side WHEN 'all' THEN 'true' WHEN 'needs' THEN 'n.id = ANY ($1)' WHEN 'volunteers' THEN 'c.volunteer_id = ANY ($1)' END)
  USING ids;
END;
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION matching_refresh_need_scores(need_ids uuid[], volunteer_ids uuid[], everything boolean DEFAULT false)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  need_ids := coalesce(need_ids, '{}'::uuid[]);
  volunteer_ids := coalesce(volunteer_ids, '{}'::uuid[]);
  IF NOT everything AND cardinality(need_ids) = 0 AND cardinality(volunteer_ids) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('skillflow.need_scores'));
  IF everything THEN
    DELETE FROM need_scores;
  ELSE
    DELETE FROM need_scores s WHERE s.need_id = ANY (need_ids) OR s.volunteer_id = ANY (volunteer_ids);
  END IF;
  -- One narrow selection per side rather than one OR, so each side's plan uses its own index.
  IF everything THEN
    INSERT INTO need_scores SELECT * FROM matching_need_pair_scores('all', NULL);
  ELSE
    IF cardinality(need_ids) > 0 THEN
      INSERT INTO need_scores SELECT * FROM matching_need_pair_scores('needs', need_ids);
    END IF;
    IF cardinality(volunteer_ids) > 0 THEN
      INSERT INTO need_scores SELECT * FROM matching_need_pair_scores('volunteers', volunteer_ids) x
      WHERE NOT (x.need_id = ANY (need_ids));
    END IF;
  END IF;
END;
$$;
--> statement-breakpoint
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
  WITH v AS (
    SELECT p.* FROM volunteer_profiles p
    JOIN users u ON u.id = p.user_id AND u.status = 'active'
    WHERE (ids IS NULL OR p.user_id = ANY (ids))
      AND coalesce((SELECT c.granted FROM consents c WHERE c.user_id = p.user_id AND c.purpose = 'matching'
                    ORDER BY c.at DESC, c.id DESC LIMIT 1), false)
  ),
  lang AS (
    SELECT l.user_id, array_agg(l.language_code ORDER BY l.language_code) AS codes FROM volunteer_languages l
    WHERE l.proficiency IN ('conversational', 'fluent', 'native') AND (ids IS NULL OR l.user_id = ANY (ids)) GROUP BY l.user_id
  ),
  dist AS (
    SELECT d.user_id, array_agg(d.district_code ORDER BY d.district_code) AS codes FROM volunteer_preferred_districts d
    WHERE ids IS NULL OR d.user_id = ANY (ids) GROUP BY d.user_id
  ),
  past AS (
    SELECT x.volunteer_id, true AS offered, count(*) FILTER (WHERE x.status = 'completed')::int AS completed
    FROM placements x WHERE x.volunteer_id IS NOT NULL AND (ids IS NULL OR x.volunteer_id = ANY (ids)) GROUP BY x.volunteer_id
  ),
  rating AS (
    SELECT x.volunteer_id, avg((r.value)::numeric)::float8 AS average
    FROM placements x
    JOIN feedback f ON f.placement_id = x.id AND f.from_side = 'organization'
    CROSS JOIN LATERAL jsonb_each_text(f.ratings) r
    WHERE x.status = 'completed' AND x.volunteer_id IS NOT NULL AND (ids IS NULL OR x.volunteer_id = ANY (ids))
    GROUP BY x.volunteer_id
  ),
  pts AS (
    SELECT v.user_id,
      -- experience: 1 point per full two years, at most 10
      least(10, greatest(0, v.years_experience) / 2)
      -- past service: 3 per completed placement (max 15) and the feedback term, only with completions
      + CASE WHEN coalesce(past.completed, 0) > 0 THEN least(15, past.completed * 3)
          + CASE WHEN rating.average IS NULL THEN 0
                 ELSE floor((floor(rating.average * 100 + 0.5) / 100 - 3) * 5 + 0.5)::int END
        ELSE 0 END
      -- fairness: never offered a placement
      + CASE WHEN past.offered THEN 0 ELSE 8 END AS points
    FROM v LEFT JOIN past ON past.volunteer_id = v.user_id LEFT JOIN rating ON rating.volunteer_id = v.user_id
  )
  SELECT v.user_id, w.id, s.specialty_code, coalesce(s.is_primary, false), v.profession_code, w.period, w.mode,
    v.verification_level, v.verification_valid_until, coalesce(lang.codes, '{}'), v.origin_district_code,
    coalesce(dist.codes, '{}'), pts.points
  FROM v
  JOIN pts ON pts.user_id = v.user_id
  JOIN availability_windows w ON w.user_id = v.user_id
    AND ((w.mode = 'in_person' AND v.in_person) OR (w.mode = 'remote' AND v.remote))
  LEFT JOIN volunteer_specialties s ON s.user_id = v.user_id
  LEFT JOIN lang ON lang.user_id = v.user_id
  LEFT JOIN dist ON dist.user_id = v.user_id
  ORDER BY s.specialty_code, lower(w.period);
  -- Their pair scores follow (0010): a volunteer's candidate rows are all the volunteer side of a score.
  PERFORM matching_refresh_need_scores(NULL, coalesce(ids, '{}'::uuid[]), ids IS NULL);
END;
$$;
--> statement-breakpoint
-- The need side: its window, specialty, level, mode, district and languages; and its facility's district.
CREATE OR REPLACE FUNCTION matching_sync_need_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT matching_sync_enabled() THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'needs' THEN
    IF TG_OP = 'DELETE' THEN
      PERFORM pg_advisory_xact_lock(hashtext('skillflow.need_scores'));
      DELETE FROM need_scores s WHERE s.need_id IN (SELECT id FROM old_rows);
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM matching_refresh_need_scores(ARRAY(SELECT id FROM new_rows), NULL);
    ELSE
      -- Only what the score or the hard requirements read: status changes, titles, descriptions
      -- and the nightly closing of lapsed needs rescore nothing.
      PERFORM matching_refresh_need_scores(ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n."window", n.min_days, n.max_days, n.specialty_code, n.profession_code, n.min_credential_level, n.remote, n.district_code, n.facility_id)
          IS DISTINCT FROM (o."window", o.min_days, o.max_days, o.specialty_code, o.profession_code, o.min_credential_level, o.remote, o.district_code, o.facility_id)), NULL);
    END IF;
  ELSIF TG_TABLE_NAME = 'need_languages' THEN
    IF TG_OP = 'INSERT' THEN
      PERFORM matching_refresh_need_scores(ARRAY(SELECT DISTINCT need_id FROM new_rows), NULL);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM matching_refresh_need_scores(ARRAY(SELECT DISTINCT need_id FROM old_rows), NULL);
    ELSE
      PERFORM matching_refresh_need_scores(ARRAY(SELECT need_id FROM new_rows UNION SELECT need_id FROM old_rows), NULL);
    END IF;
  ELSIF TG_TABLE_NAME = 'users' THEN
    -- Accounts are normally scrubbed, not deleted (status 'deleted' rescoring through
    -- matching_refresh_candidates); a hard delete cascades past that refresh, so clean up here.
    PERFORM pg_advisory_xact_lock(hashtext('skillflow.need_scores'));
    DELETE FROM need_scores s WHERE s.volunteer_id IN (SELECT id FROM old_rows);
  ELSIF TG_TABLE_NAME = 'facilities' THEN
    PERFORM matching_refresh_need_scores(ARRAY(
      SELECT n.id FROM needs n JOIN new_rows f ON f.id = n.facility_id JOIN old_rows o ON o.id = f.id
      WHERE f.district_code IS DISTINCT FROM o.district_code), NULL);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER need_scores_ins AFTER INSERT ON needs REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_sync_need_rows();
--> statement-breakpoint
CREATE TRIGGER need_scores_upd AFTER UPDATE ON needs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_sync_need_rows();
--> statement-breakpoint
CREATE TRIGGER need_scores_del AFTER DELETE ON needs REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_sync_need_rows();
--> statement-breakpoint
CREATE TRIGGER need_scores_ins AFTER INSERT ON need_languages REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_sync_need_rows();
--> statement-breakpoint
CREATE TRIGGER need_scores_upd AFTER UPDATE ON need_languages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_sync_need_rows();
--> statement-breakpoint
CREATE TRIGGER need_scores_del AFTER DELETE ON need_languages REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_sync_need_rows();
--> statement-breakpoint
CREATE TRIGGER need_scores_del AFTER DELETE ON users REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_sync_need_rows();
--> statement-breakpoint
CREATE TRIGGER need_scores_upd AFTER UPDATE ON facilities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_sync_need_rows();
--> statement-breakpoint
-- The shortlist no longer scans matching_candidates per request (0008's range scans): its B-trees
-- only cost every candidate refresh now. The round and the refreshes join through the GiST indexes.
DROP INDEX IF EXISTS matching_candidates_specialty_scan;
--> statement-breakpoint
DROP INDEX IF EXISTS matching_candidates_profession_scan;
--> statement-breakpoint
SELECT matching_refresh_need_scores(NULL, NULL, true);
