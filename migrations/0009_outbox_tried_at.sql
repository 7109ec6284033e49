ALTER TABLE "outbox" ADD COLUMN "tried_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "inbox_user_arrived_idx" ON "inbox" USING btree ("user_key","arrived_at");