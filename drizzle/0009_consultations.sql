CREATE TABLE "public_consultation_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"body" text NOT NULL,
	"paragraph_reference" text NOT NULL,
	"contact" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"moderation_status" text NOT NULL,
	"rejection_reason" text,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"adoption" text,
	"adoption_reason" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "public_consultation_comments_idempotency_key" UNIQUE("consultation_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "public_consultation_feedback" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"summary" text NOT NULL,
	"totals" jsonb NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_consultations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"explanation" text NOT NULL,
	"draft_text" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"short_period_reason" text DEFAULT '' NOT NULL,
	"publication_item_id" uuid,
	"created_by" uuid NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_reason" text,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "public_consultation_comments" ADD CONSTRAINT "public_consultation_comments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_consultation_comments" ADD CONSTRAINT "public_consultation_comments_consultation_id_public_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."public_consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_consultation_comments" ADD CONSTRAINT "public_consultation_comments_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_consultation_feedback" ADD CONSTRAINT "public_consultation_feedback_consultation_id_public_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."public_consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_consultation_feedback" ADD CONSTRAINT "public_consultation_feedback_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_consultation_feedback" ADD CONSTRAINT "public_consultation_feedback_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_consultations" ADD CONSTRAINT "public_consultations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_consultations" ADD CONSTRAINT "public_consultations_publication_item_id_publication_items_id_fk" FOREIGN KEY ("publication_item_id") REFERENCES "public"."publication_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_consultations" ADD CONSTRAINT "public_consultations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_consultation_comments_consultation_idx" ON "public_consultation_comments" USING btree ("consultation_id","moderation_status","submitted_at");--> statement-breakpoint
CREATE INDEX "public_consultations_agency_status_idx" ON "public_consultations" USING btree ("agency_id","status","opens_on");