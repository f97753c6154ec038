CREATE OR REPLACE FUNCTION public.licences_guard_level_evidence()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF EXISTS (SELECT 1 FROM volunteer_profiles p WHERE p.verification_licence_id = OLD.id AND p.verification_level >= 2)
     AND (TG_OP = 'DELETE'
          OR NEW.status IS DISTINCT FROM 'verified'
          OR (NEW.authority, NEW.country_code, NEW.region, NEW.number, NEW.valid_from, NEW.valid_to, NEW.document_id, NEW.user_id)
             IS DISTINCT FROM (OLD.authority, OLD.country_code, OLD.region, OLD.number, OLD.valid_from, OLD.valid_to, OLD.document_id, OLD.user_id)) THEN
    RAISE EXCEPTION 'a verification level rests on licence %', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'licence_evidence_in_use';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$function$;
