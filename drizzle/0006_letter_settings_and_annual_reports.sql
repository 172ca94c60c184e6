CREATE TABLE "agency_letter_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"document_number_pattern" text NOT NULL,
	"is_receipt_numbered" boolean DEFAULT false NOT NULL,
	"reconsideration_body" text,
	"court" text,
	"fee_payment_instructions" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_letter_templates" (
	"agency_id" uuid NOT NULL,
	"template_key" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"attachments" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "agency_letter_templates_pkey" PRIMARY KEY("agency_id","template_key")
);
--> statement-breakpoint
CREATE TABLE "annual_report_drafts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"report" jsonb NOT NULL,
	"cell_sources" jsonb NOT NULL,
	"version" integer NOT NULL,
	"computed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "annual_report_drafts_agency_year_key" UNIQUE("agency_id","year")
);
--> statement-breakpoint
CREATE TABLE "annual_report_publications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"revision" integer NOT NULL,
	"report" jsonb NOT NULL,
	"check_findings" jsonb NOT NULL,
	"correction_note" text,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text NOT NULL,
	CONSTRAINT "annual_report_publications_revision_key" UNIQUE("agency_id","year","revision")
);
--> statement-breakpoint
ALTER TABLE "agency_letter_settings" ADD CONSTRAINT "agency_letter_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_letter_templates" ADD CONSTRAINT "agency_letter_templates_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report_drafts" ADD CONSTRAINT "annual_report_drafts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report_publications" ADD CONSTRAINT "annual_report_publications_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annual_report_publications_year_idx" ON "annual_report_publications" USING btree ("year","agency_id");--> statement-breakpoint
-- A published annual report is kept as published: corrections are new revisions (append-only).
CREATE OR REPLACE FUNCTION gongkai_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER annual_report_publications_no_update_delete BEFORE UPDATE OR DELETE ON "annual_report_publications"
  FOR EACH ROW EXECUTE FUNCTION gongkai_append_only();
--> statement-breakpoint
CREATE TRIGGER annual_report_publications_no_truncate BEFORE TRUNCATE ON "annual_report_publications"
  FOR EACH STATEMENT EXECUTE FUNCTION gongkai_append_only();
