CREATE TABLE "agency_publication_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"index_number_pattern" text NOT NULL,
	"organisation_code" text,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publication_index_sequences" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_sequence" integer NOT NULL,
	CONSTRAINT "publication_index_sequences_pkey" PRIMARY KEY("agency_id","year")
);
--> statement-breakpoint
CREATE TABLE "publication_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" text NOT NULL,
	"index_number" text,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"written_on" date,
	"formed_or_changed_on" date NOT NULL,
	"publishing_organisation" text NOT NULL,
	"document_number" text DEFAULT '' NOT NULL,
	"topic_category" text DEFAULT '' NOT NULL,
	"genre" text DEFAULT '' NOT NULL,
	"statutory_item" text NOT NULL,
	"disclosure_method" text NOT NULL,
	"is_normative_document" boolean DEFAULT false NOT NULL,
	"validity" text DEFAULT 'effective' NOT NULL,
	"effective_on" date,
	"valid_until" date,
	"validity_ended_on" date,
	"repealing_document" text DEFAULT '' NOT NULL,
	"keywords" jsonb NOT NULL,
	"contributor_id" uuid NOT NULL,
	"personal_information_justification" text,
	"published_at" timestamp with time zone,
	"published_on" date,
	"published_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_reason" text,
	"search_vector" "tsvector" NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "publication_items_index_number_key" UNIQUE("agency_id","index_number")
);
--> statement-breakpoint
CREATE TABLE "publication_sign_offs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"item_version" integer NOT NULL,
	"level" integer NOT NULL,
	"decision" text NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"opinion" text NOT NULL,
	"is_confidentiality_cleared" boolean NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "publication_sign_offs_item_version_key" UNIQUE("item_id","item_version")
);
--> statement-breakpoint
ALTER TABLE "agency_publication_settings" ADD CONSTRAINT "agency_publication_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_index_sequences" ADD CONSTRAINT "publication_index_sequences_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_items" ADD CONSTRAINT "publication_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_items" ADD CONSTRAINT "publication_items_contributor_id_users_id_fk" FOREIGN KEY ("contributor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_items" ADD CONSTRAINT "publication_items_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_sign_offs" ADD CONSTRAINT "publication_sign_offs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_sign_offs" ADD CONSTRAINT "publication_sign_offs_item_id_publication_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."publication_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_sign_offs" ADD CONSTRAINT "publication_sign_offs_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publication_items_agency_status_idx" ON "publication_items" USING btree ("agency_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "publication_items_published_idx" ON "publication_items" USING btree ("agency_id","published_at");--> statement-breakpoint
CREATE INDEX "publication_items_search_idx" ON "publication_items" USING gin ("search_vector");--> statement-breakpoint
-- Sign-offs are the record of who reviewed what (Art. 17): append-only, like the events.
CREATE TRIGGER publication_sign_offs_no_update_delete BEFORE UPDATE OR DELETE ON "publication_sign_offs"
  FOR EACH ROW EXECUTE FUNCTION gongkai_append_only();
--> statement-breakpoint
CREATE TRIGGER publication_sign_offs_no_truncate BEFORE TRUNCATE ON "publication_sign_offs"
  FOR EACH STATEMENT EXECUTE FUNCTION gongkai_append_only();
