CREATE TABLE "sub_case_delivery" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sub_case_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"instance_id" text NOT NULL,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sub_case_delivery" ADD CONSTRAINT "sub_case_delivery_sub_case_id_sub_case_id_fk" FOREIGN KEY ("sub_case_id") REFERENCES "public"."sub_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sub_case_delivery_sub_case" ON "sub_case_delivery" USING btree ("sub_case_id");