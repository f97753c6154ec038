CREATE OR REPLACE FUNCTION public.needs_search_document()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  fac_name text;
  taluka_name text;
  dist_en text;
  dist_mr text;
  spec_name text;
  prof_label text;
BEGIN
  SELECT f.name, t.name_en INTO fac_name, taluka_name
    FROM facilities f LEFT JOIN ref_talukas t ON t.code = f.taluka_code
    WHERE f.id = NEW.facility_id;
  SELECT d.name_en, d.name_mr INTO dist_en, dist_mr FROM ref_districts d WHERE d.code = NEW.district_code;
  SELECT s.name INTO spec_name FROM ref_specialties s WHERE s.code = NEW.specialty_code;
  SELECT p.label INTO prof_label FROM ref_professions p WHERE p.code = NEW.profession_code;
  NEW.search :=
    setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('simple', concat_ws(' ', spec_name, prof_label)), 'B') ||
    setweight(to_tsvector('simple', concat_ws(' ', fac_name, dist_en, dist_mr, taluka_name)), 'C') ||
    setweight(to_tsvector('simple', coalesce(NEW.description, '')), 'D');
  RETURN NEW;
END $function$;
