CREATE TABLE "death_record" (
	"deceased_id_number_index" text PRIMARY KEY NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"deceased_id_number_encrypted" text NOT NULL,
	"region_code" text NOT NULL,
	"state" text NOT NULL,
	"conclusion" jsonb NOT NULL,
	"resolutions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"verified_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "death_record_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "death_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lineage_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'current' NOT NULL,
	"kind" text NOT NULL,
	"deceased_id_number_index" text NOT NULL,
	"certificate_number" text NOT NULL,
	"institution_code" text NOT NULL,
	"region_code" text NOT NULL,
	"issued_by" uuid NOT NULL,
	"content_encrypted" text NOT NULL,
	"date_of_death" date NOT NULL,
	"correction_reason" text,
	"verify_token" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "home_death_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"deceased_id_number_index" text NOT NULL,
	"content_encrypted" text NOT NULL,
	"region_code" text NOT NULL,
	"date_of_death" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"certificate_report_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "institution" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"address" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proactive_offer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deceased_id_number_index" text NOT NULL,
	"deceased_id_number_encrypted" text NOT NULL,
	"region_code" text NOT NULL,
	"recipient_id_number_index" text,
	"recipient_id_number_encrypted" text,
	"phone_encrypted" text,
	"state" text NOT NULL,
	"draft_id" uuid,
	"sent_at" timestamp with time zone,
	"remind_after" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "issuer_acts" jsonb;--> statement-breakpoint
ALTER TABLE "staff_account" ADD COLUMN "institution_code" text;--> statement-breakpoint
ALTER TABLE "death_record" ADD CONSTRAINT "death_record_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "death_report" ADD CONSTRAINT "death_report_institution_code_institution_code_fk" FOREIGN KEY ("institution_code") REFERENCES "public"."institution"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "death_report" ADD CONSTRAINT "death_report_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "death_report" ADD CONSTRAINT "death_report_issued_by_staff_account_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_death_report" ADD CONSTRAINT "home_death_report_citizen_id_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_death_report" ADD CONSTRAINT "home_death_report_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution" ADD CONSTRAINT "institution_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proactive_offer" ADD CONSTRAINT "proactive_offer_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "death_report_lineage_version" ON "death_report" USING btree ("lineage_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "death_report_certificate_number" ON "death_report" USING btree ("certificate_number","version");--> statement-breakpoint
CREATE UNIQUE INDEX "death_report_verify_token" ON "death_report" USING btree ("verify_token");--> statement-breakpoint
CREATE INDEX "death_report_deceased" ON "death_report" USING btree ("deceased_id_number_index");--> statement-breakpoint
CREATE INDEX "death_report_institution" ON "death_report" USING btree ("institution_code","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "death_report_one_current" ON "death_report" USING btree ("deceased_id_number_index","kind","institution_code") WHERE status = 'current';--> statement-breakpoint
CREATE INDEX "home_death_report_region" ON "home_death_report" USING btree ("region_code","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "home_death_report_one_open" ON "home_death_report" USING btree ("deceased_id_number_index") WHERE status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "proactive_offer_deceased" ON "proactive_offer" USING btree ("deceased_id_number_index");--> statement-breakpoint
CREATE INDEX "proactive_offer_recipient" ON "proactive_offer" USING btree ("recipient_id_number_index");--> statement-breakpoint
CREATE INDEX "proactive_offer_remind" ON "proactive_offer" USING btree ("state","remind_after");--> statement-breakpoint
ALTER TABLE "staff_account" ADD CONSTRAINT "staff_account_institution_code_institution_code_fk" FOREIGN KEY ("institution_code") REFERENCES "public"."institution"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE SEQUENCE "death_report_serial";
