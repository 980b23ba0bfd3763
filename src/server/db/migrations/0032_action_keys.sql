-- Workflow actions sent with an Idempotency-Key (schema/request-keys.ts, actionKeys). The case
-- exists before its action, so the foreign key is checked at once.
CREATE TABLE "action_keys" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"request_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_keys" ADD CONSTRAINT "action_keys_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_keys_created_idx" ON "action_keys" USING btree ("created_at");