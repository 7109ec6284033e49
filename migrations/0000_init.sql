CREATE TABLE "attendance" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"import_id" integer NOT NULL,
	"line" integer NOT NULL,
	"mobile" text NOT NULL,
	"seconds" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"target" text,
	"allowed" boolean DEFAULT true NOT NULL,
	"detail" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "broadcasts" (
	"id" serial PRIMARY KEY NOT NULL,
	"created_by" text NOT NULL,
	"audience" jsonb NOT NULL,
	"kind" text DEFAULT 'notice' NOT NULL,
	"text" text NOT NULL,
	"total" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"reported_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"user_key" text PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"chat_id" text NOT NULL,
	"display_name" text,
	"unreachable_at" timestamp with time zone,
	"unreachable_reason" text,
	"news_opt_out" boolean DEFAULT false NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"user_key" text PRIMARY KEY NOT NULL,
	"state" jsonb NOT NULL,
	"turns" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordinators" (
	"user_key" text PRIMARY KEY NOT NULL,
	"class_id" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"channel" text NOT NULL,
	"chat_id" text NOT NULL,
	"class_id" text,
	"title" text,
	"bound_by" text,
	"last_answer_at" timestamp with time zone,
	CONSTRAINT "groups_channel_chat_id_pk" PRIMARY KEY("channel","chat_id")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"file_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"rows" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox" (
	"channel" text NOT NULL,
	"message_id" text NOT NULL,
	"user_key" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_channel_message_id_pk" PRIMARY KEY("channel","message_id")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"chat_id" text NOT NULL,
	"chat_kind" text DEFAULT 'user' NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"claimed_by" text,
	"sent_at" timestamp with time zone,
	"error" text,
	"broadcast_id" integer,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_updates" (
	"id" serial PRIMARY KEY NOT NULL,
	"patch" jsonb NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quiz_results" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"import_id" integer NOT NULL,
	"line" integer NOT NULL,
	"mobile" text NOT NULL,
	"score" double precision NOT NULL,
	"max_score" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "receipts" (
	"user_key" text PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_key" text,
	"source" text DEFAULT 'chat' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"organization" text NOT NULL,
	"credit_code" text,
	"city" text,
	"class_id" text NOT NULL,
	"name" text NOT NULL,
	"gender" text,
	"department" text,
	"title" text,
	"email" text,
	"qq" text,
	"office_phone" text,
	"mobile" text NOT NULL,
	"address" text,
	"remarks" text,
	"enterprise_type" text,
	"industry" text,
	"patent_count" integer,
	"ip_years" text,
	"role" text,
	"interests" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"needs" text,
	"consent_data" boolean DEFAULT true NOT NULL,
	"consent_publish" boolean DEFAULT false NOT NULL,
	"quality_score" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"key" text PRIMARY KEY NOT NULL,
	"broadcast_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"created_by" text NOT NULL,
	"class_id" text,
	"rows" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "attendance_mobile_idx" ON "attendance" USING btree ("mobile");--> statement-breakpoint
CREATE UNIQUE INDEX "imports_kind_hash_key" ON "imports" USING btree ("kind","file_hash");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("status","not_before");--> statement-breakpoint
CREATE INDEX "outbox_broadcast_idx" ON "outbox" USING btree ("broadcast_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dedupe_key" ON "outbox" USING btree ("dedupe_key") WHERE "outbox"."dedupe_key" is not null;--> statement-breakpoint
CREATE INDEX "quiz_mobile_idx" ON "quiz_results" USING btree ("mobile");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_mobile_key" ON "registrations" USING btree ("mobile");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_user_key" ON "registrations" USING btree ("user_key") WHERE "registrations"."user_key" is not null;--> statement-breakpoint
CREATE INDEX "registrations_class_idx" ON "registrations" USING btree ("class_id");