CREATE OR REPLACE FUNCTION public.matching_need_pair_scores(side text, ids uuid[])
 RETURNS TABLE(need_id uuid, volunteer_id uuid, score integer)
 LANGUAGE plpgsql
 STABLE
AS $function$
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
$function$;
