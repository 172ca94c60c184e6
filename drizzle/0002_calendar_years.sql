CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"arrangement" jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" text NOT NULL
);
