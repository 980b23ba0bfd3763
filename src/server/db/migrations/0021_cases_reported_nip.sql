-- The same civil servant's other cases, by the terlapor's NIP: the case page lists them, and the
-- inbox filters by ?nip=. Partial: cases without a NIP (not every terlapor is an ASN with one) are
-- not in it.
CREATE INDEX "cases_reported_nip_idx" ON "cases" USING btree (("reported"->>'nip')) WHERE ("cases"."reported"->>'nip') is not null;
