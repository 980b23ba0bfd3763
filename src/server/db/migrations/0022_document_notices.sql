-- The notices a document carries (ids from the case record's `notices`, the notify effects of its
-- transitions): the case page shows each notice the law requires with its document, or as owed.
-- And the state a status notice announced, which the public board shows (before, every notice of
-- a case showed the case's present state). Documents made before this carry neither.
ALTER TABLE "documents" ADD COLUMN "notices" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "announces_state" text;
