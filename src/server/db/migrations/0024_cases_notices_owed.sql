-- Whether a case owes a notice letter (a notice the law required, kept in facts.notices, that no
-- document of the case carries yet): a transition that owes one sets it, making a document
-- recomputes it. The inbox's ?notices=belum and the console's count read it through a small
-- partial index instead of reading every case's record. Existing cases are computed once here,
-- with the (notice, recipient) pairs Netra makes letters for (core/cases/notices.ts).
ALTER TABLE "cases" ADD COLUMN "notices_owed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "cases" c SET "notices_owed" = true
WHERE exists (select 1 from jsonb_array_elements(coalesce(c.facts->'notices', '[]'::jsonb)) n
  where (n->>'notice', n->>'to') in (('pemberitahuan-kelengkapan','pelapor'), ('pemberitahuan-kelengkapan','terlapor'), ('pemberitahuan-kelengkapan','saksi'), ('pemberitahuan-kelengkapan','ahli'), ('pemberitahuan-status','pelapor'), ('pemberitahuan-status','terlapor'), ('pemberitahuan-status','saksi'), ('pemberitahuan-status','ahli'), ('undangan-klarifikasi','pelapor'), ('undangan-klarifikasi','terlapor'), ('undangan-klarifikasi','saksi'), ('undangan-klarifikasi','ahli'))
    and not exists (select 1 from documents d where d.case_id = c.id and d.notices ? (n->>'id')));--> statement-breakpoint
CREATE INDEX "cases_notices_owed_idx" ON "cases" USING btree ("region_code","received_at") WHERE "cases"."notices_owed";
