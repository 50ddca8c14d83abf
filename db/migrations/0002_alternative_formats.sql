CREATE TYPE "public"."alternative_kind" AS ENUM('large-print', 'audio');--> statement-breakpoint
CREATE TABLE "resource_alternatives" (
	"resource_id" uuid NOT NULL,
	"kind" "alternative_kind" NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "resource_alternatives_resource_id_kind_pk" PRIMARY KEY("resource_id","kind")
);
--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "easy_read_summary" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "resource_alternatives" ADD CONSTRAINT "resource_alternatives_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_alternatives" ADD CONSTRAINT "resource_alternatives_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resource_alternatives_file_idx" ON "resource_alternatives" USING btree ("file_id");