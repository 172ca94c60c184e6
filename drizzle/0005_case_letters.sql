CREATE TABLE "case_letters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"template_key" text NOT NULL,
	"document_year" integer NOT NULL,
	"document_sequence" integer NOT NULL,
	"document_number" text,
	"issued_on" date NOT NULL,
	"letter" jsonb NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" text NOT NULL,
	CONSTRAINT "case_letters_sequence_key" UNIQUE("agency_id","document_year","document_sequence")
);
--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_request_id_disclosure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_letters_request_idx" ON "case_letters" USING btree ("request_id","issued_at");