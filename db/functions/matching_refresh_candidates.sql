CREATE OR REPLACE FUNCTION public.matching_refresh_candidates(ids uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
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
$function$;
