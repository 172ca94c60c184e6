CREATE TABLE "disclosure_request_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosure_request_counters" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_sequence" integer NOT NULL,
	CONSTRAINT "disclosure_request_counters_agency_id_year_pk" PRIMARY KEY("agency_id","year")
);
--> statement-breakpoint
CREATE TABLE "disclosure_request_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"outcome_code" text,
	CONSTRAINT "disclosure_request_items_position_key" UNIQUE("request_id","position")
);
--> statement-breakpoint
CREATE TABLE "disclosure_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"case_year" integer NOT NULL,
	"case_sequence" integer NOT NULL,
	"query_code_hash" text NOT NULL,
	"idempotency_key_hash" text,
	"channel" text NOT NULL,
	"is_oral" boolean DEFAULT false NOT NULL,
	"received_on" date NOT NULL,
	"applicant_type" text NOT NULL,
	"applicant_name" text NOT NULL,
	"identity_document_kind" text NOT NULL,
	"identity_document_number" text NOT NULL,
	"legal_representative" text,
	"contact_person" text,
	"phone" text,
	"email" text,
	"postal_address" text,
	"postal_code" text,
	"information_title" text NOT NULL,
	"information_document_number" text,
	"information_description" text NOT NULL,
	"purpose" text,
	"requested_form" text NOT NULL,
	"delivery_method" text NOT NULL,
	"status" text NOT NULL,
	"reply_due_date" date,
	"concluded_on" date,
	"primary_outcome_code" text,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "disclosure_requests_case_number_unique" UNIQUE("case_number"),
	CONSTRAINT "disclosure_requests_sequence_key" UNIQUE("agency_id","case_year","case_sequence"),
	CONSTRAINT "disclosure_requests_idempotency_key" UNIQUE("agency_id","idempotency_key_hash")
);
--> statement-breakpoint
CREATE TABLE "appeal_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"filed_on" date NOT NULL,
	"result" text,
	"closed_on" date,
	"is_counted_by_this_agency" boolean DEFAULT true NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "disclosure_request_attachments" ADD CONSTRAINT "disclosure_request_attachments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_request_attachments" ADD CONSTRAINT "disclosure_request_attachments_request_id_disclosure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_request_counters" ADD CONSTRAINT "disclosure_request_counters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_request_items" ADD CONSTRAINT "disclosure_request_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_request_items" ADD CONSTRAINT "disclosure_request_items_request_id_disclosure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_cases" ADD CONSTRAINT "appeal_cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_cases" ADD CONSTRAINT "appeal_cases_request_id_disclosure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_request_attachments_request_idx" ON "disclosure_request_attachments" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "disclosure_requests_queue_idx" ON "disclosure_requests" USING btree ("agency_id","status","reply_due_date");--> statement-breakpoint
CREATE INDEX "disclosure_requests_identity_idx" ON "disclosure_requests" USING btree ("agency_id","identity_document_number","received_on");--> statement-breakpoint
CREATE INDEX "disclosure_requests_received_idx" ON "disclosure_requests" USING btree ("agency_id","received_on");--> statement-breakpoint
CREATE INDEX "appeal_cases_agency_idx" ON "appeal_cases" USING btree ("agency_id","filed_on");--> statement-breakpoint
CREATE INDEX "appeal_cases_request_idx" ON "appeal_cases" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");