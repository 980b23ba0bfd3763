-- The pelapor's notice of delegation (pemberitahuan-pelimpahan) now has a letter Netra makes
-- (decision 015). Before, it was a letter written outside Netra and did not count as owed, so a
-- case delegated since migration 0022 that owes the pelapor that notice has notices_owed false.
-- No document could carry it before this migration, so each such case now owes it.
UPDATE "cases" SET "notices_owed" = true
WHERE NOT "notices_owed"
  AND "facts"->'notices' @> '[{"notice": "pemberitahuan-pelimpahan", "to": "pelapor"}]'::jsonb;
