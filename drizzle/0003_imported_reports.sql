CREATE TABLE "imported_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"reported_agency_name" text,
	"linked_agency_id" uuid,
	"year" integer,
	"format" text NOT NULL,
	"source" text NOT NULL,
	"sha256" text NOT NULL,
	"report" jsonb NOT NULL,
	"import_findings" jsonb NOT NULL,
	"check_findings" jsonb NOT NULL,
	"sections_found" integer NOT NULL,
	"cells_read" integer NOT NULL,
	"hard_failure_count" integer NOT NULL,
	"warning_count" integer NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" text NOT NULL,
	CONSTRAINT "imported_reports_agency_sha256_key" UNIQUE("agency_id","sha256")
);
--> statement-breakpoint
ALTER TABLE "imported_reports" ADD CONSTRAINT "imported_reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_reports" ADD CONSTRAINT "imported_reports_linked_agency_id_agencies_id_fk" FOREIGN KEY ("linked_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imported_reports_agency_year_idx" ON "imported_reports" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "imported_reports_agency_name_year_idx" ON "imported_reports" USING btree ("agency_id","reported_agency_name","year");