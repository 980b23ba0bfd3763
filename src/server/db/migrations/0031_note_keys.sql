-- Internal notes sent with an Idempotency-Key (schema.ts, noteKeys); as 0030, the foreign key is
-- checked at commit.
CREATE TABLE "note_keys" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"note_id" uuid NOT NULL,
	"request_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "note_keys" ADD CONSTRAINT "note_keys_note_id_case_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."case_notes"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
CREATE INDEX "note_keys_created_idx" ON "note_keys" USING btree ("created_at");