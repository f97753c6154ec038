CREATE OR REPLACE FUNCTION public.matching_sync_user_rows()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
$function$;
