-- A letter's deliveries, the latest for each addressee: a status notice goes to the pelapor and to
-- the terlapor, and each may receive it another way, on another day. Each element:
-- { to, method, deliveredOn, note, recordedAt, recordedBy }; `to` null: the letter's one addressee
-- (or, for a delivery recorded before this migration, the letter as a whole, as it was recorded).
ALTER TABLE "documents" ADD COLUMN IF NOT EXISTS "deliveries" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "documents" SET "deliveries" = jsonb_build_array("delivery" || '{"to": null}'::jsonb) WHERE "delivery" IS NOT NULL;
