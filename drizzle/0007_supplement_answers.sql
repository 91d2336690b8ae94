CREATE TABLE "supplement_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sub_case_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer_note" text,
	"answer_channel" text,
	"answered_by_citizen" uuid,
	"answered_by_staff" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "material_item" ADD COLUMN "supplement_request_id" uuid;--> statement-breakpoint
ALTER TABLE "material_item" ADD COLUMN "superseded_by" uuid;--> statement-breakpoint
ALTER TABLE "material_item" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "supplement_request" ADD CONSTRAINT "supplement_request_sub_case_id_sub_case_id_fk" FOREIGN KEY ("sub_case_id") REFERENCES "public"."sub_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_request" ADD CONSTRAINT "supplement_request_case_id_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_request" ADD CONSTRAINT "supplement_request_requested_by_staff_account_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_request" ADD CONSTRAINT "supplement_request_answered_by_citizen_citizen_id_fk" FOREIGN KEY ("answered_by_citizen") REFERENCES "public"."citizen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_request" ADD CONSTRAINT "supplement_request_answered_by_staff_staff_account_id_fk" FOREIGN KEY ("answered_by_staff") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supplement_request_sub_case" ON "supplement_request" USING btree ("sub_case_id");--> statement-breakpoint
CREATE INDEX "supplement_request_case" ON "supplement_request" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "material_item" ADD CONSTRAINT "material_item_supplement_request_id_supplement_request_id_fk" FOREIGN KEY ("supplement_request_id") REFERENCES "public"."supplement_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "material_item_supplement_request" ON "material_item" USING btree ("supplement_request_id");--> statement-breakpoint
-- Sub-cases already returned before requests were recorded: the reason on record is their request
-- (who returned it stays in the audit trail).
INSERT INTO "supplement_request" ("sub_case_id", "case_id", "reason", "requested_at")
SELECT "id", "case_id", coalesce("decision_note", ''), "updated_at" FROM "sub_case" WHERE "state" = 'returned';
