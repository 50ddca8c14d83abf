CREATE TYPE "public"."newsletter_audience" AS ENUM('all', 'tiers', 'organisations', 'topics');--> statement-breakpoint
CREATE TYPE "public"."newsletter_recipient_state" AS ENUM('queued', 'sending', 'sent', 'failed', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."newsletter_status" AS ENUM('draft', 'scheduled', 'sending', 'sent');--> statement-breakpoint
CREATE TABLE "account_topic_interests" (
	"account_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	CONSTRAINT "account_topic_interests_account_id_topic_id_pk" PRIMARY KEY("account_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "newsletter_recipients" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"newsletter_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"email" text NOT NULL,
	"state" "newsletter_recipient_state" DEFAULT 'queued' NOT NULL,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"message_id" text,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "newsletters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"subject" text NOT NULL,
	"preheader" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" "newsletter_status" DEFAULT 'draft' NOT NULL,
	"audience" "newsletter_audience" DEFAULT 'all' NOT NULL,
	"audience_tiers" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience_organisations" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"audience_topics" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"send_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"next_batch_at" timestamp with time zone,
	"author_id" uuid,
	"updated_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "newsletters_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "account_topic_interests" ADD CONSTRAINT "account_topic_interests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_topic_interests" ADD CONSTRAINT "account_topic_interests_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_recipients" ADD CONSTRAINT "newsletter_recipients_newsletter_id_newsletters_id_fk" FOREIGN KEY ("newsletter_id") REFERENCES "public"."newsletters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_recipients" ADD CONSTRAINT "newsletter_recipients_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletters" ADD CONSTRAINT "newsletters_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletters" ADD CONSTRAINT "newsletters_updated_by_id_accounts_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_topic_interests_topic_idx" ON "account_topic_interests" USING btree ("topic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "newsletter_recipients_once_key" ON "newsletter_recipients" USING btree ("newsletter_id","account_id");--> statement-breakpoint
CREATE INDEX "newsletter_recipients_state_idx" ON "newsletter_recipients" USING btree ("newsletter_id","state","id");--> statement-breakpoint
CREATE INDEX "newsletter_recipients_account_idx" ON "newsletter_recipients" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "newsletters_status_idx" ON "newsletters" USING btree ("status","send_at");