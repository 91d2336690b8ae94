ALTER TABLE "notification" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "last_error" text;--> statement-breakpoint
CREATE INDEX "notification_sms_due" ON "notification" USING btree ("next_attempt_at") WHERE "notification"."channel" = 'sms' AND "notification"."status" IN ('queued', 'retrying');--> statement-breakpoint
-- SMS waiting to be sent are the outbox's from now on (they were jobs of the queue before): due at once.
UPDATE "notification" SET "next_attempt_at" = now() WHERE "channel" = 'sms' AND "status" IN ('queued', 'retrying');
