CREATE OR REPLACE FUNCTION public.matching_sync_feedback_rows()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
$function$;
