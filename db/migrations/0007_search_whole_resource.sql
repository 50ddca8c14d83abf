DROP INDEX IF EXISTS "resources_search_body_idx";--> statement-breakpoint
ALTER TABLE "resources" DROP COLUMN "search_body";--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "search_whole" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'C')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "resources_search_whole_idx" ON "resources" USING gin ("search_whole");
