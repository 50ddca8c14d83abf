DROP INDEX "resources_search_body_idx";--> statement-breakpoint
CREATE INDEX "resources_search_all_idx" ON "resources" USING gin (("search_public" || "search_body"));