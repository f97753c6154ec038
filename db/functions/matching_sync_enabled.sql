CREATE OR REPLACE FUNCTION public.matching_sync_enabled()
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(current_setting('skillflow.matching_sync', true), '') <> 'off' $function$;
