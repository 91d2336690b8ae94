CREATE TABLE "catalog_version" (
	"version" text PRIMARY KEY NOT NULL,
	"digest" text NOT NULL,
	"content" jsonb NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"published_by" uuid,
	"published_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_version_digest_unique" UNIQUE("digest")
);
--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "catalog_version" text;--> statement-breakpoint
ALTER TABLE "catalog_version" ADD CONSTRAINT "catalog_version_published_by_staff_account_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_version_published_at" ON "catalog_version" USING btree ("published_at");