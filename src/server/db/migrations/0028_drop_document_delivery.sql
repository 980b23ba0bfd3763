-- The single delivery record, copied into `deliveries` by 0027.
ALTER TABLE "documents" DROP COLUMN "delivery";
