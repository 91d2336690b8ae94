CREATE TABLE "application_draft" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"region_code" text NOT NULL,
	"catalog_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"matter_codes" jsonb NOT NULL,
	"content_encrypted" text NOT NULL,
	"deceased_id_number_index" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"expiry_notice_at" timestamp with time zone,
	"submitted_case_id" uuid
);
--> statement-breakpoint
CREATE TABLE "material_file" (
	"digest" text PRIMARY KEY NOT NULL,
	"size" integer NOT NULL,
	"media_type" text NOT NULL,
	"storage" text NOT NULL,
	"width" integer,
	"height" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "material_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_id" uuid,
	"case_id" uuid,
	"material_code" text NOT NULL,
	"kind" text NOT NULL,
	"file_digest" text,
	"licence_reference" text,
	"licence_type" text,
	"original_name" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid,
	"recipient_kind" text NOT NULL,
	"recipient_id" uuid,
	"channel" text NOT NULL,
	"phone_encrypted" text,
	"phone_masked" text,
	"template" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "case_applicant_idempotency";--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "submitter_key" text;--> statement-breakpoint
UPDATE "case" SET "submitter_key" = 'citizen:' || "applicant_citizen_id";--> statement-breakpoint
ALTER TABLE "case" ALTER COLUMN "submitter_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "assisted_by_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "answers" jsonb;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "consent_version" text;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "consent_digest" text;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "consented_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "draft_id" uuid;--> statement-breakpoint
ALTER TABLE "application_draft" ADD CONSTRAINT "application_draft_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_item" ADD CONSTRAINT "material_item_case_id_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_item" ADD CONSTRAINT "material_item_file_digest_material_file_digest_fk" FOREIGN KEY ("file_digest") REFERENCES "public"."material_file"("digest") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_case_id_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_draft_owner" ON "application_draft" USING btree ("owner_kind","owner_id");--> statement-breakpoint
CREATE INDEX "application_draft_expires" ON "application_draft" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "material_item_draft" ON "material_item" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "material_item_case" ON "material_item" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "notification_recipient" ON "notification" USING btree ("recipient_kind","recipient_id");--> statement-breakpoint
CREATE INDEX "notification_case" ON "notification" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "case" ADD CONSTRAINT "case_assisted_by_staff_id_staff_account_id_fk" FOREIGN KEY ("assisted_by_staff_id") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_submitter_idempotency" ON "case" USING btree ("submitter_key","idempotency_key");