-- A letter's delivery, as staff recorded it last (how, on which local day, a note, who and when
-- recorded it). Null: no delivery recorded. Every recording is also an audit row.
ALTER TABLE "documents" ADD COLUMN "delivery" jsonb;
