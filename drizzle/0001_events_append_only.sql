-- The event log is append-only (architecture rule 6): refuse UPDATE, DELETE and TRUNCATE.
CREATE OR REPLACE FUNCTION gongkai_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER events_no_update_delete BEFORE UPDATE OR DELETE ON "events"
  FOR EACH ROW EXECUTE FUNCTION gongkai_events_append_only();
--> statement-breakpoint
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON "events"
  FOR EACH STATEMENT EXECUTE FUNCTION gongkai_events_append_only();
