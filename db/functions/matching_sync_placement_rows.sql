CREATE OR REPLACE FUNCTION public.matching_sync_placement_rows()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
$function$;
