-- When a letter to the pelapor (the receipt, the notice to complete, a status notice, their
-- invitation) was last sent to their e-mail address from the case page.
ALTER TABLE "documents" ADD COLUMN "emailed_at" timestamp with time zone;
