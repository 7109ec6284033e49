CREATE TABLE "send_pace" (
	"key" text PRIMARY KEY NOT NULL,
	"next_at" timestamp with time zone NOT NULL,
	"day" text,
	"day_count" integer DEFAULT 0 NOT NULL,
	"day_bulk" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "broadcasts" ADD COLUMN "confirmed_at" timestamp with time zone;