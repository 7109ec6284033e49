CREATE TABLE "coordinator_pending" (
	"user_key" text NOT NULL,
	"action" text NOT NULL,
	"payload" jsonb NOT NULL,
	"bytes" "bytea",
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "coordinator_pending_user_key_action_pk" PRIMARY KEY("user_key","action")
);
