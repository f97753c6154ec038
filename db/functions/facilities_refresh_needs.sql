CREATE OR REPLACE FUNCTION public.facilities_refresh_needs()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  UPDATE needs SET district_code = NEW.district_code, facility_id = NEW.id WHERE facility_id = NEW.id;
  RETURN NULL;
END $function$;
