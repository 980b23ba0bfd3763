-- The audit log's region codes collate bytewise, like the cases' (0006): a caller's scope is then
-- the index range [scope, scope || '/') on audit_region_idx, instead of a LIKE no btree index can
-- serve under the database's default collation. A collation change rewrites no rows (the
-- append-only trigger is not involved); the index is rebuilt.
ALTER TABLE "audit_log" ALTER COLUMN "region_code" SET DATA TYPE text COLLATE "C";
