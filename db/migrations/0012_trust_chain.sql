-- Issue 11 (hand-written; docs/decisions/009-levels-rest-on-evidence.md). Runs on PostgreSQL 15+ and PGlite.
--
-- 1. DESIGN rule 3: a level 2–3 rests on the licence named by the coordinator's decision
--    (volunteer_profiles.verification_licence_id, added by 0011). Existing levels take the licence of
--    their latest decision when it is still verified and the volunteer's; a level whose evidence no
--    longer holds ends here (level 0), exactly as the data layer would end it now; a level 3 that rests
--    on a licence from outside India (no route to practise in the state, rule 3a) falls to 2.
UPDATE volunteer_profiles p SET verification_licence_id = d.licence_id
FROM (
  SELECT DISTINCT ON (volunteer_id) volunteer_id, licence_id FROM verification_decisions ORDER BY volunteer_id, at DESC, id DESC
) d
JOIN licences l ON l.id = d.licence_id AND l.status = 'verified'
WHERE p.user_id = d.volunteer_id AND l.user_id = p.user_id AND p.verification_level >= 2;
--> statement-breakpoint
UPDATE volunteer_profiles p SET verification_level = 2
FROM licences l WHERE l.id = p.verification_licence_id AND p.verification_level = 3 AND l.country_code <> 'IN';
--> statement-breakpoint
-- 2. No writer may change or delete the evidence of a level 2–3 while the level stands: the data
--    layer ends the level first, in the same transaction, with its audit row and notification
--    (lib/data/verification/end-level.ts). A write that forgot raises check_violation, which
--    mapDbError reports as a conflict instead of leaving a level on evidence that changed.
CREATE OR REPLACE FUNCTION licences_guard_level_evidence() RETURNS trigger
LANGUAGE plpgsql AS $$
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
$$;
--> statement-breakpoint
CREATE TRIGGER licences_guard_level_evidence BEFORE UPDATE OR DELETE ON licences
  FOR EACH ROW EXECUTE FUNCTION licences_guard_level_evidence();
--> statement-breakpoint
-- 3. DESIGN rule 3: a clinical in-person need asks for level 3 (recognised for practice where the
--    need is); an organisation may raise a minimum, never lower a clinical need's. Existing rows
--    are raised first (the demo's "night clinic cover" asked for 0); need_scores follow through the
--    0010 triggers on min_credential_level.
UPDATE needs SET min_credential_level = 3
WHERE NOT remote AND type IN ('rural_primary_care', 'specialist_camp') AND min_credential_level < 3;
--> statement-breakpoint
ALTER TABLE needs ADD CONSTRAINT needs_clinical_min_level
  CHECK (remote OR type NOT IN ('rural_primary_care', 'specialist_camp') OR min_credential_level = 3);
