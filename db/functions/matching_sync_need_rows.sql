CREATE OR REPLACE FUNCTION public.matching_sync_need_rows()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
$function$;
