-- The audit chain is extended in one statement (audit.repository.ts, auditAppendCtes): the head
-- row always exists, keeps the hash before the last append, and can be updated but never deleted.
ALTER TABLE "audit_head" ADD COLUMN "prior_hash" text;--> statement-breakpoint
INSERT INTO "audit_head" ("singleton", "last_id", "last_hash") VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000') ON CONFLICT ("singleton") DO NOTHING;--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_head_no_delete() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_head cannot be deleted';
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER audit_head_no_delete BEFORE DELETE OR TRUNCATE ON "audit_head" FOR EACH STATEMENT EXECUTE FUNCTION audit_head_no_delete();
