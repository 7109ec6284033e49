ALTER TABLE "attendance" ADD COLUMN "row_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_row_key" ON "attendance" USING btree ("row_key") WHERE "attendance"."row_key" is not null;