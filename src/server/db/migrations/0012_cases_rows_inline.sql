-- A case row is rewritten by every transition. At PostgreSQL's default toast_tuple_target (about
-- 2 KB) a typical record of 3 to 6 KB was compressed with pglz and moved to the TOAST table on
-- every write: a compression, two TOAST chunks and their index entries each time, about 8 % of the
-- database's CPU in the lifecycle benchmark. Rows up to a page's worth stay inline and
-- uncompressed; a larger record is still compressed and moved out of line as before. Existing rows
-- are not rewritten: they change form at their next update.
ALTER TABLE "cases" SET (toast_tuple_target = 8160);
