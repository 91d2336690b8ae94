-- The audit trail is written in streams, each its own chain sealed with HMAC-SM3 under a key
-- the database does not hold, so that writers no longer queue behind one lock. The global
-- sequence becomes an ordinary sequence (gaps are normal); the first release's events keep
-- their unkeyed chain (stream null) and are sealed by the first checkpoint.
CREATE SEQUENCE IF NOT EXISTS "audit_event_sequence";--> statement-breakpoint
SELECT setval('audit_event_sequence', COALESCE((SELECT max("sequence") FROM "audit_event"), 0) + 1, false);--> statement-breakpoint
ALTER TABLE "audit_event" ALTER COLUMN "sequence" SET DEFAULT nextval('audit_event_sequence');--> statement-breakpoint
ALTER SEQUENCE "audit_event_sequence" OWNED BY "audit_event"."sequence";--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "stream" integer;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "stream_sequence" bigint;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "key_id" text;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_stream_complete" CHECK (
  ("stream" IS NULL) = ("stream_sequence" IS NULL) AND ("stream" IS NULL) = ("key_id" IS NULL)
);--> statement-breakpoint
CREATE UNIQUE INDEX "audit_event_stream_position" ON "audit_event" USING btree ("stream","stream_sequence");--> statement-breakpoint
CREATE TABLE "audit_checkpoint" (
	"number" bigint PRIMARY KEY NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"heads" jsonb NOT NULL,
	"events" bigint NOT NULL,
	"previous_mac" text NOT NULL,
	"key_id" text NOT NULL,
	"mac" text NOT NULL
);--> statement-breakpoint
-- Checkpoints are append-only too; the refusal names the table.
CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_checkpoint_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoint
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM PUBLIC;
--> statement-breakpoint
-- Finding the first release's chain head without walking every later event.
CREATE INDEX "audit_event_legacy" ON "audit_event" USING btree ("sequence") WHERE "audit_event"."stream" IS NULL;--> statement-breakpoint
-- Sign-in attempts per account name and per address, counted across instances.
CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"attempts" integer NOT NULL
);
