-- Intakes sent with an Idempotency-Key (schema.ts, intakeKeys). The key is claimed before its case
-- is written, in one transaction: the foreign key is checked at commit.
CREATE TABLE "intake_keys" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"request_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intake_keys" ADD CONSTRAINT "intake_keys_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
CREATE INDEX "intake_keys_created_idx" ON "intake_keys" USING btree ("created_at");