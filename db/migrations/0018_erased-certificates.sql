CREATE TABLE "erased_certificates" (
	"code" text PRIMARY KEY NOT NULL,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL
);
