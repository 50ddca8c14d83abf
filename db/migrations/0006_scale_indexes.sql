CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "news_articles_listing_idx";--> statement-breakpoint
DROP INDEX "resources_listing_idx";--> statement-breakpoint
DROP INDEX "resources_type_idx";--> statement-breakpoint
DROP INDEX "news_topics_topic_idx";--> statement-breakpoint
DROP INDEX "resource_tiers_tier_idx";--> statement-breakpoint
DROP INDEX "resource_topics_topic_idx";--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "sort_name" text GENERATED ALWAYS AS (lower("name")) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "search_lead" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("standfirst", '')), 'B')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "accounts_list_idx" ON "accounts" USING btree ("sort_name","email","id","tier_slug","role","disabled","membership_expires_at");--> statement-breakpoint
CREATE INDEX "accounts_name_trgm_idx" ON "accounts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "accounts_email_trgm_idx" ON "accounts" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "news_articles_live_idx" ON "news_articles" USING btree ("published_at" DESC NULLS FIRST,"id") WHERE "news_articles"."status" <> 'draft';--> statement-breakpoint
CREATE INDEX "news_articles_search_lead_idx" ON "news_articles" USING gin ("search_lead");--> statement-breakpoint
CREATE INDEX "news_articles_updated_idx" ON "news_articles" USING btree ("updated_at" DESC NULLS FIRST,"slug","id","status","published_at");--> statement-breakpoint
CREATE INDEX "news_articles_title_order_idx" ON "news_articles" USING btree (lower("title"),"slug","id","title","status","published_at");--> statement-breakpoint
CREATE INDEX "news_articles_published_idx" ON "news_articles" USING btree ("published_at" DESC NULLS LAST,"slug","id","status");--> statement-breakpoint
CREATE INDEX "news_articles_title_trgm_idx" ON "news_articles" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "news_articles_slug_trgm_idx" ON "news_articles" USING gin ("slug" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "resources_live_idx" ON "resources" USING btree ("published_at" DESC NULLS FIRST,"title","id") WHERE "resources"."status" <> 'draft';--> statement-breakpoint
CREATE INDEX "resources_live_type_idx" ON "resources" USING btree ("type","published_at" DESC NULLS FIRST,"title","id") WHERE "resources"."status" <> 'draft';--> statement-breakpoint
CREATE INDEX "resources_live_visibility_idx" ON "resources" USING btree ("visibility","published_at" DESC NULLS FIRST,"title","id") WHERE "resources"."status" <> 'draft';--> statement-breakpoint
CREATE INDEX "resources_featured_idx" ON "resources" USING btree ("published_at" DESC NULLS FIRST) WHERE "resources"."featured" and "resources"."status" <> 'draft';--> statement-breakpoint
CREATE INDEX "resources_updated_idx" ON "resources" USING btree ("updated_at" DESC NULLS FIRST,"slug","id","status","published_at");--> statement-breakpoint
CREATE INDEX "resources_title_order_idx" ON "resources" USING btree (lower("title"),"slug","id","title","status","published_at");--> statement-breakpoint
CREATE INDEX "resources_published_idx" ON "resources" USING btree ("published_at" DESC NULLS LAST,"slug","id","status");--> statement-breakpoint
CREATE INDEX "resources_title_trgm_idx" ON "resources" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "resources_slug_trgm_idx" ON "resources" USING gin ("slug" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "news_topics_topic_idx" ON "news_topics" USING btree ("topic_id","article_id");--> statement-breakpoint
CREATE INDEX "resource_tiers_tier_idx" ON "resource_tiers" USING btree ("tier_slug","resource_id");--> statement-breakpoint
CREATE INDEX "resource_topics_topic_idx" ON "resource_topics" USING btree ("topic_id","resource_id");