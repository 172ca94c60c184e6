CREATE TABLE "new_media_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"name" text NOT NULL,
	"url" text DEFAULT '' NOT NULL,
	"last_updated_on" date,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "new_media_accounts_agency_platform_name_key" UNIQUE("agency_id","platform","name")
);
--> statement-breakpoint
CREATE TABLE "new_media_statistics" (
	"account_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"month" integer,
	"post_count" integer NOT NULL,
	"follower_count" integer,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "new_media_statistics_period_key" UNIQUE NULLS NOT DISTINCT("account_id","year","month")
);
--> statement-breakpoint
CREATE TABLE "service_statistics" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"month" integer,
	"consultation_count" integer NOT NULL,
	"service_item_count" integer NOT NULL,
	"service_case_count" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "service_statistics_period_key" UNIQUE NULLS NOT DISTINCT("agency_id","year","month")
);
--> statement-breakpoint
CREATE TABLE "website_check_findings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"message" text NOT NULL,
	"url" text DEFAULT '' NOT NULL,
	"found_on_url" text DEFAULT '' NOT NULL,
	"newest_on" date
);
--> statement-breakpoint
CREATE TABLE "website_check_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"started_by" text NOT NULL,
	"home_page_url" text NOT NULL,
	"home_page_newest_on" date,
	"page_count" integer NOT NULL,
	"link_count" integer NOT NULL,
	"unchecked_link_count" integer NOT NULL,
	"column_results" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "website_columns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "website_columns_agency_url_key" UNIQUE("agency_id","url")
);
--> statement-breakpoint
ALTER TABLE "new_media_accounts" ADD CONSTRAINT "new_media_accounts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "new_media_statistics" ADD CONSTRAINT "new_media_statistics_account_id_new_media_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."new_media_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "new_media_statistics" ADD CONSTRAINT "new_media_statistics_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_statistics" ADD CONSTRAINT "service_statistics_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "website_check_findings" ADD CONSTRAINT "website_check_findings_run_id_website_check_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."website_check_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "website_check_findings" ADD CONSTRAINT "website_check_findings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "website_check_runs" ADD CONSTRAINT "website_check_runs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "website_columns" ADD CONSTRAINT "website_columns_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "website_check_findings_run_idx" ON "website_check_findings" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "website_check_runs_agency_idx" ON "website_check_runs" USING btree ("agency_id","started_at");