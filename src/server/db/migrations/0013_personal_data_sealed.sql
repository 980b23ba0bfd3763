-- Decision 013: the reporter's identity is sealed at rest (AES-256-GCM) by the application, so the
-- column holds text ("v1.<key id>.…"). Identities written before this migration become their JSON
-- text, still readable; start-up seals them (boot.ts, sealStoredPersonalData) with the data key,
-- which the database never sees.
ALTER TABLE "case_reporters" ALTER COLUMN "identity" SET DATA TYPE text USING "identity"::text;
