CREATE TABLE "case_participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"name" text NOT NULL,
	"relationship" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_participant" ADD CONSTRAINT "case_participant_case_id_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participant" ADD CONSTRAINT "case_participant_citizen_id_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_participant_case_citizen" ON "case_participant" USING btree ("case_id","citizen_id");--> statement-breakpoint
CREATE INDEX "case_participant_citizen" ON "case_participant" USING btree ("citizen_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_one_open_per_deceased" ON "case" USING btree ("deceased_id_number_index") WHERE state in ('submitted', 'correction_requested', 'in_progress', 'ready_for_delivery');