ALTER TABLE "subscriptions" ADD COLUMN "paid_through" timestamp with time zone;--> statement-breakpoint
UPDATE "subscriptions" SET "paid_through" = "current_period_end";--> statement-breakpoint
ALTER TABLE "subscriptions" ALTER COLUMN "paid_through" SET NOT NULL;
