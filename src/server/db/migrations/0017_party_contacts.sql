-- Decision 008: the address and phone of each saksi and of the terlapor, as given at intake, are
-- personal data. They are kept in case_contacts (sealed at start-up, decision 013), out of the case
-- record that every reader of the case gets. Here, for cases taken in before: the contacts are
-- copied in plaintext (start-up seals them, served by case_contacts_unsealed_idx), then removed
-- from cases.facts (the intake) and cases.reported, and the record marked hasContacts.
CREATE TABLE "case_contacts" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"contacts" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_contacts_unsealed_idx" ON "case_contacts" USING btree ("case_id") WHERE contacts not like 'v1.%';
--> statement-breakpoint
INSERT INTO "case_contacts" ("case_id", "contacts")
SELECT s.id, jsonb_build_object(
		'witnesses', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('name', coalesce(x->>'name', ''), 'address', nullif(x->>'address', ''), 'phone', nullif(x->>'phone', ''))) ORDER BY ord)
			FROM jsonb_array_elements(s.w) WITH ORDINALITY AS t(x, ord)), '[]'::jsonb),
		'reportedParty', CASE WHEN nullif(s.rp->>'address', '') IS NOT NULL OR nullif(s.rp->>'phone', '') IS NOT NULL
			THEN jsonb_strip_nulls(jsonb_build_object('name', coalesce(s.rp->>'name', ''), 'address', nullif(s.rp->>'address', ''), 'phone', nullif(s.rp->>'phone', '')))
			ELSE 'null'::jsonb END)::text
	FROM (
		SELECT c.id, CASE WHEN jsonb_typeof(c.facts->'intake'->'witnesses') = 'array' THEN c.facts->'intake'->'witnesses' ELSE '[]'::jsonb END AS w,
			c.facts->'intake'->'reportedParty' AS rp
		FROM "cases" c
	) s
	WHERE nullif(s.rp->>'address', '') IS NOT NULL OR nullif(s.rp->>'phone', '') IS NOT NULL
		OR EXISTS (SELECT 1 FROM jsonb_array_elements(s.w) x WHERE nullif(x->>'address', '') IS NOT NULL OR nullif(x->>'phone', '') IS NOT NULL);
--> statement-breakpoint
UPDATE "cases" c SET
	"facts" = (CASE WHEN jsonb_typeof(c.facts->'intake'->'witnesses') = 'array'
			THEN jsonb_set(c.facts, '{intake,witnesses}', (SELECT coalesce(jsonb_agg(x - 'address' - 'phone' ORDER BY ord), '[]'::jsonb)
				FROM jsonb_array_elements(c.facts->'intake'->'witnesses') WITH ORDINALITY AS t(x, ord)))
			ELSE c.facts END)
		#- '{intake,reportedParty,address}' #- '{intake,reportedParty,phone}' || '{"hasContacts": true}'::jsonb,
	"reported" = CASE WHEN c.reported IS NULL THEN NULL ELSE c.reported - 'address' - 'phone' END,
	"version" = c.version + 1
	WHERE c.id IN (SELECT "case_id" FROM "case_contacts");
