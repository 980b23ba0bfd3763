-- Decision 008: a document that prints the pelapor's identity or name is read like the identity:
-- only by roles with cases.reporter, each download audited. Set when the document is made; here,
-- for documents made before, from their kind: the receipt and the notice to complete always, and
-- the invitation, minutes and kajian of a case where the pelapor was invited (which invitation a
-- document was for is not stored, so all of them: the safe side).
ALTER TABLE "documents" ADD COLUMN "personal_data" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
UPDATE "documents" d SET "personal_data" = true
	WHERE d."kind" IN ('tanda-bukti-penyampaian-laporan', 'pemberitahuan-kelengkapan')
	OR (d."kind" IN ('undangan-klarifikasi', 'berita-acara-klarifikasi', 'kajian-dugaan-pelanggaran') AND EXISTS (
		SELECT 1 FROM "cases" c, jsonb_array_elements(c."facts"->'invitations') i
		WHERE c."id" = d."case_id" AND i->>'party' = 'pelapor'));
