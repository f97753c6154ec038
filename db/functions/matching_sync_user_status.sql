CREATE OR REPLACE FUNCTION public.matching_sync_user_status()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF matching_sync_enabled() THEN PERFORM matching_refresh_candidates(ARRAY[NEW.id]); END IF;
  RETURN NULL;
END;
$function$;
