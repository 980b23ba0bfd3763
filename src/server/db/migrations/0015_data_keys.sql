-- Decision 013, key rotation: the ids of the keys personal data is sealed under. Start-up adds its
-- key and drops a previous key once nothing is sealed under it; a start whose keys do not include
-- one listed here is refused. Filled once here from what is already sealed ("v1.<key id>.…").
CREATE TABLE "data_keys" (
	"key_id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_keys" ("key_id")
	SELECT split_part("identity", '.', 2) FROM "case_reporters" WHERE "identity" LIKE 'v1.%'
	UNION SELECT split_part("totp_secret", '.', 2) FROM "users" WHERE "totp_secret" LIKE 'v1.%'
ON CONFLICT DO NOTHING;
