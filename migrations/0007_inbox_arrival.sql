ALTER TABLE "inbox" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "inbox" ADD COLUMN "handled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "inbox" ADD COLUMN "arrived_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "inbox_unhandled_idx" ON "inbox" USING btree ("channel","user_key","seq") WHERE not "inbox"."handled";