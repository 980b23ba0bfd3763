-- An invitation to a saksi prints their address from the sealed contacts (decision 008): the
-- document is personal data, and a download is logged as a read of the contacts.
ALTER TABLE "documents" ADD COLUMN "prints_contacts" boolean DEFAULT false NOT NULL;
