CREATE OR REPLACE FUNCTION public.matching_refresh_need_scores(need_ids uuid[], volunteer_ids uuid[], everything boolean DEFAULT false)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
  need_ids := coalesce(need_ids, '{}'::uuid[]);
  volunteer_ids := coalesce(volunteer_ids, '{}'::uuid[]);
  IF NOT everything AND cardinality(need_ids) = 0 AND cardinality(volunteer_ids) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('skillflow.need_scores'));
  IF everything THEN
    DELETE FROM need_scores;
  ELSE
    DELETE FROM need_scores s WHERE s.need_id = ANY (need_ids) OR s.volunteer_id = ANY (volunteer_ids);
  END IF;
  -- One narrow selection per side rather than one OR, so each side's plan uses its own index.
  IF everything THEN
    INSERT INTO need_scores SELECT * FROM matching_need_pair_scores('all', NULL);
  ELSE
    IF cardinality(need_ids) > 0 THEN
      INSERT INTO need_scores SELECT * FROM matching_need_pair_scores('needs', need_ids);
    END IF;
    IF cardinality(volunteer_ids) > 0 THEN
      INSERT INTO need_scores SELECT * FROM matching_need_pair_scores('volunteers', volunteer_ids) x
      WHERE NOT (x.need_id = ANY (need_ids));
    END IF;
  END IF;
END;
$function$;
