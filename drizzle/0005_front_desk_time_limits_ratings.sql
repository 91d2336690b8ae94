CREATE TABLE "case_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"token" text NOT NULL,
	"content" jsonb NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_document_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "follow_up" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rating_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"department_code" text,
	"state" text NOT NULL,
	"due_on" date NOT NULL,
	"call_back_note" text,
	"rectification_note" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"target" text NOT NULL,
	"level" integer NOT NULL,
	"comment" text,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "owner_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "correction" jsonb;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "ready_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "delivery_channel" text;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "claimed_by" uuid;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "result" jsonb;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "clock_started_on" date;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "committed_working_days" integer;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "paused_working_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "paused_since" date;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "transferred_from" text;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_case_id_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_rating_id_rating_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."rating"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_case_id_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_closed_by_staff_account_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating" ADD CONSTRAINT "rating_case_id_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_document_case" ON "case_document" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "follow_up_region_state" ON "follow_up" USING btree ("region_code","state");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_case_target" ON "rating" USING btree ("case_id","target");--> statement-breakpoint
ALTER TABLE "case" ADD CONSTRAINT "case_owner_staff_id_staff_account_id_fk" FOREIGN KEY ("owner_staff_id") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_case" ADD CONSTRAINT "sub_case_claimed_by_staff_account_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Cases and sub-cases of the first release move onto the full workflow's states.
UPDATE "sub_case" SET "state" = 'completed' WHERE "state" = 'approved';--> statement-breakpoint
UPDATE "case" SET "state" = 'delivered', "delivered_at" = "completed_at" WHERE "state" = 'completed';
