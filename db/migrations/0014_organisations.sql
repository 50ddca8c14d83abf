CREATE TYPE "public"."organisation_invoice_kind" AS ENUM('membership', 'seats');--> statement-breakpoint
CREATE TYPE "public"."organisation_invoice_status" AS ENUM('open', 'paid', 'void');--> statement-breakpoint
CREATE TYPE "public"."organisation_type" AS ENUM('school', 'college', 'local-authority', 'other');--> statement-breakpoint
CREATE TABLE "invoice_numbers" (
	"series" text PRIMARY KEY NOT NULL,
	"last" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_admins" (
	"organisation_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_admins_organisation_id_account_id_pk" PRIMARY KEY("organisation_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_domains" (
	"domain" text PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_domains_lower" CHECK ("organisation_domains"."domain" = lower("organisation_domains"."domain"))
);
--> statement-breakpoint
CREATE TABLE "organisation_invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_invites_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "organisation_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "organisation_invoice_kind" DEFAULT 'membership' NOT NULL,
	"status" "organisation_invoice_status" DEFAULT 'open' NOT NULL,
	"tier_slug" text NOT NULL,
	"seats" integer NOT NULL,
	"unit_price_pence" integer NOT NULL,
	"vat_treatment" "vat_treatment" NOT NULL,
	"net_pence" integer NOT NULL,
	"vat_pence" integer NOT NULL,
	"total_pence" integer NOT NULL,
	"po_number" text DEFAULT '' NOT NULL,
	"billed_to" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_by" text,
	"stripe_session_id" text,
	"issued_by_id" uuid,
	CONSTRAINT "organisation_invoices_number_unique" UNIQUE("number"),
	CONSTRAINT "organisation_invoices_amounts" CHECK ("organisation_invoices"."seats" > 0 and "organisation_invoices"."total_pence" >= 0 and "organisation_invoices"."vat_pence" >= 0)
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "type" "organisation_type" DEFAULT 'school' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "invoice_address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "seats" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisation_admins" ADD CONSTRAINT "organisation_admins_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_admins" ADD CONSTRAINT "organisation_admins_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_domains" ADD CONSTRAINT "organisation_domains_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invites" ADD CONSTRAINT "organisation_invites_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invites" ADD CONSTRAINT "organisation_invites_invited_by_id_accounts_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invoices" ADD CONSTRAINT "organisation_invoices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invoices" ADD CONSTRAINT "organisation_invoices_tier_slug_tiers_slug_fk" FOREIGN KEY ("tier_slug") REFERENCES "public"."tiers"("slug") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "organisation_invoices" ADD CONSTRAINT "organisation_invoices_issued_by_id_accounts_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_admins_account_idx" ON "organisation_admins" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "organisation_domains_org_idx" ON "organisation_domains" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_invites_org_idx" ON "organisation_invites" USING btree ("organisation_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "organisation_invoices_org_idx" ON "organisation_invoices" USING btree ("organisation_id","issued_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "accounts_organisation_idx" ON "accounts" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_seats_range" CHECK ("organisations"."seats" >= 0 and "organisations"."seats" <= 100000);--> statement-breakpoint
-- Organisations made before seats and periods: their expiry is their period's end, their members their seats.
UPDATE "organisations" SET "starts_at" = "created_at", "ends_at" = "membership_expires_at", "seats" = greatest(1, (SELECT count(*) FROM "accounts" WHERE "accounts"."organisation_id" = "organisations"."id")) WHERE "membership_expires_at" IS NOT NULL;
