CREATE TABLE "death_notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"death_record_id" uuid NOT NULL,
	"matter_code" text NOT NULL,
	"department_code" text NOT NULL,
	"region_code" text NOT NULL,
	"party_code" text NOT NULL,
	"date_of_death" date NOT NULL,
	"state" text DEFAULT 'sent' NOT NULL,
	"outcome" text,
	"effective_on" date,
	"overpayment_days" integer,
	"reference" text,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_credential" (
	"key_id" text PRIMARY KEY NOT NULL,
	"party_code" text NOT NULL,
	"secret_encrypted" text NOT NULL,
	"issued_by" uuid,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_idempotency" (
	"party_code" text NOT NULL,
	"key" text NOT NULL,
	"request_digest" text NOT NULL,
	"status" integer NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_idempotency_party_code_key_pk" PRIMARY KEY("party_code","key")
);
--> statement-breakpoint
CREATE TABLE "exchange_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sequence" bigint GENERATED ALWAYS AS IDENTITY (sequence name "exchange_message_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"party_code" text NOT NULL,
	"adapter" text NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"last_attempt_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"delivered_by" text,
	"replays" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_message_sequence_unique" UNIQUE("sequence")
);
--> statement-breakpoint
CREATE TABLE "exchange_nonce" (
	"key_id" text NOT NULL,
	"nonce" text NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_nonce_key_id_nonce_pk" PRIMARY KEY("key_id","nonce")
);
--> statement-breakpoint
CREATE TABLE "exchange_party" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"department_code" text NOT NULL,
	"region_code" text,
	"bank_name" text,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"adapter" text NOT NULL,
	"endpoint_url" text,
	"push_key_encrypted" text,
	"push_key_id" text,
	"paused" boolean DEFAULT false NOT NULL,
	"circuit_state" text DEFAULT 'closed' NOT NULL,
	"circuit_changed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Deliveries recorded before the exchange outbox become its delivered workbench messages, and a
-- routed sub-case whose delivery job had not run yet becomes a pending message: nothing is lost.
INSERT INTO "exchange_message" ("party_code", "adapter", "kind", "subject_id", "state", "attempts", "delivered_at", "delivered_by", "created_at")
SELECT DISTINCT ON (d."sub_case_id") s."department_code" || ':' || s."region_code", 'workbench', 'sub-case.routed', d."sub_case_id", 'delivered', 1, d."delivered_at", d."instance_id", d."delivered_at"
FROM "sub_case_delivery" d JOIN "sub_case" s ON s."id" = d."sub_case_id"
ORDER BY d."sub_case_id", d."delivered_at";--> statement-breakpoint
INSERT INTO "exchange_message" ("party_code", "adapter", "kind", "subject_id")
SELECT s."department_code" || ':' || s."region_code", 'workbench', 'sub-case.routed', s."id"
FROM "sub_case" s
WHERE s."state" NOT IN ('waiting', 'cancelled')
  AND NOT EXISTS (SELECT 1 FROM "sub_case_delivery" d WHERE d."sub_case_id" = s."id");--> statement-breakpoint
DROP TABLE "sub_case_delivery" CASCADE;--> statement-breakpoint
ALTER TABLE "death_notice" ADD CONSTRAINT "death_notice_death_record_id_death_record_id_fk" FOREIGN KEY ("death_record_id") REFERENCES "public"."death_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_credential" ADD CONSTRAINT "exchange_credential_party_code_exchange_party_code_fk" FOREIGN KEY ("party_code") REFERENCES "public"."exchange_party"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_party" ADD CONSTRAINT "exchange_party_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "death_notice_once" ON "death_notice" USING btree ("death_record_id","matter_code");--> statement-breakpoint
CREATE INDEX "death_notice_party" ON "death_notice" USING btree ("party_code","state");--> statement-breakpoint
CREATE INDEX "death_notice_region" ON "death_notice" USING btree ("region_code","department_code");--> statement-breakpoint
CREATE INDEX "exchange_credential_party" ON "exchange_credential" USING btree ("party_code");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_message_once" ON "exchange_message" USING btree ("party_code","kind","subject_id");--> statement-breakpoint
CREATE INDEX "exchange_message_due" ON "exchange_message" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "exchange_message_party" ON "exchange_message" USING btree ("party_code","state");--> statement-breakpoint
CREATE INDEX "exchange_nonce_seen" ON "exchange_nonce" USING btree ("seen_at");