CREATE OR REPLACE FUNCTION public.placements_enforce_slots()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  cap integer;
  taken integer;
BEGIN
  IF NEW.status NOT IN ('offered', 'scheduled', 'active') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status IN ('offered', 'scheduled', 'active') AND OLD.need_id = NEW.need_id THEN
    RETURN NEW;
  END IF;
  SELECT slots INTO cap FROM needs WHERE id = NEW.need_id FOR UPDATE;
  SELECT count(*) INTO taken FROM placements
    WHERE need_id = NEW.need_id AND id <> NEW.id AND status IN ('offered', 'scheduled', 'active');
  IF taken >= cap THEN
    RAISE EXCEPTION 'need % has no free slot', NEW.need_id
      USING ERRCODE = '23514', CONSTRAINT = 'placements_slot_capacity';
  END IF;
  RETURN NEW;
END $function$;
