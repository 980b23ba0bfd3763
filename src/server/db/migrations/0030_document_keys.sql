-- Documents made with an Idempotency-Key (schema.ts, documentKeys). The key is claimed before its
-- document is written, in one transaction: the foreign key is checked at commit.
CREATE TABLE "document_keys" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"request_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_keys" ADD CONSTRAINT "document_keys_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
CREATE INDEX "document_keys_created_idx" ON "document_keys" USING btree ("created_at");