DROP INDEX "attendance_row_key";--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "source" text;--> statement-breakpoint
CREATE INDEX "imports_kind_source_idx" ON "imports" USING btree ("kind","source");