-- Request counters of the rate limiter, shared by every server process (the in-memory store of
-- @fastify/rate-limit counted per process: NETRA_WORKERS=2 allowed twice the sign-in attempts).
-- The key is an HMAC of the client address and the route; no address is stored.
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rate_limits_expires_idx" ON "rate_limits" USING btree ("expires_at");