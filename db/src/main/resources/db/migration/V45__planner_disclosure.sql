-- The disclosure moment of a plan (issue 20 item 3): when its drawn targets and teams become public.
-- AT_DRAW (once the plan is published: every plan made before this release, hence the default), AT_WINDOW_START
-- (once published and the window's first day has come, Beijing time) or AT_RESULTS (with the results).
-- Named at the plan's creation; the seal records it, and the seal's record is what the public pages obey.
ALTER TABLE insp_plan ADD COLUMN disclosure VARCHAR(16) DEFAULT 'AT_DRAW' NOT NULL;
ALTER TABLE insp_seal ADD COLUMN disclosure VARCHAR(16) DEFAULT 'AT_DRAW' NOT NULL;
