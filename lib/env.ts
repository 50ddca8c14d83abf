import { z } from "zod";
import { authSecretProblem, stripeProblem, twoFactorKeyProblem } from "./env-rules";

/** Empty strings in the environment mean "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string. Unset: the embedded PGlite database in PGLITE_DIR. */
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")),
  /** Data folder of the embedded database; `memory://` keeps it in memory (tests). */
  PGLITE_DIR: z.string().default(".data/pglite"),
  /**
   * Tests only: a PGlite data folder's tarball (`dumpDataDir`) that an in-memory embedded database
   * starts from, a seeded copy made once per test run.
   */
  PGLITE_LOAD_DATA_DIR: optional(z.string()),
  /** The embedded database's shared buffers (PostgreSQL's own default is 128MB); see db/index.ts. */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d{1,5}(kB|MB|GB)$/, "a size such as 16MB")
    .default("16MB"),
  /**
   * Public origin used in absolute links (emails, feeds) and, in production, the only origin forms
   * are accepted from and Auth.js's own URL (see siteOrigin).
   */
  SITE_URL: z.string().url().default("http://localhost:3000"),
  /** Largest file staff may attach to a resource, in bytes. */
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().max(100 * 1024 * 1024).default(25 * 1024 * 1024),
  /** Signs session cookies. Required (32+ characters) in production; development uses a fixed local one. */
  AUTH_SECRET: optional(z.string()),
  /**
   * Seals second-factor secrets (AES-256-GCM): 32+ characters, e.g. `openssl rand -base64 32`.
   * Required in production; elsewhere derived from AUTH_SECRET when unset. Changing it makes every
   * enrolled authenticator app unusable (their owners sign in with a recovery code or a passkey).
   */
  TWO_FACTOR_KEY: optional(z.string().min(32, "must be 32+ characters")),
  /** Load the demo accounts and content into an empty database even in production. */
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /**
   * Read the client address from X-Forwarded-For / X-Real-IP. Only true behind a reverse proxy
   * that sets them (as deploy/nginx.conf does): otherwise anyone could claim any address.
   */
  TRUST_PROXY_HEADERS: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /**
   * Let admins open an outbox email with its single-use links (each view audited). Production
   * otherwise shows them redacted: whoever reads them can take over the account they are for.
   */
  OUTBOX_SHOWS_LINKS: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** nodemailer SMTP URL; unset: emails go to the outbox table only (read at /admin/outbox). */
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")),
  MAIL_FROM: z.string().default("SEND Network <no-reply@example.org>"),
  /**
   * nodemailer SMTP URL for newsletters (bulk mail, often a different provider from account email);
   * unset: SMTP_URL. With neither, a sent newsletter's text is written to the outbox table instead.
   */
  NEWSLETTER_SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")),
  /** Newsletters leave at most this many messages a minute, across every app process. */
  NEWSLETTER_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(120),
  /** A mailbox mail clients may also unsubscribe by (the List-Unsubscribe mailto); unset: the https link alone. */
  NEWSLETTER_UNSUBSCRIBE_MAILTO: optional(z.string().email()),
  /** Stripe's secret API key (`sk_…` or a restricted `rk_…`); unset: paid joining is off. */
  STRIPE_SECRET_KEY: optional(z.string().regex(/^(sk|rk)_[A-Za-z0-9_]+$/, "must be a Stripe secret key (sk_… or rk_…)")),
  /** Signs the events Stripe sends to /api/webhooks/stripe (`whsec_…`); needed with STRIPE_SECRET_KEY. */
  STRIPE_WEBHOOK_SECRET: optional(z.string().regex(/^whsec_[A-Za-z0-9_]+$/, "must be a Stripe webhook signing secret (whsec_…)")),
  /** Where the Stripe API answers; tests point it at a local emulator. */
  STRIPE_API_URL: z.string().url().regex(/^https?:\/\//, "must be an http(s) URL").default("https://api.stripe.com"),
  /** Days between a request to erase an account and its erasure, during which signing in can cancel it. */
  ERASURE_GRACE_DAYS: z.coerce.number().int().min(0).max(90).default(14),
  /** Printed on organisation invoices: who to pay by bank transfer (one line per `;`). */
  INVOICE_BANK_DETAILS: z
    .string()
    .default("Account name: SEND Network; Sort code: 00-00-00; Account number: 00000000"),
  /** Printed on organisation invoices: the seller's name and address (one line per `;`). */
  INVOICE_FROM: z.string().default("SEND Network; 1 Example Street; London; EC1A 1AA"),
  /** Printed on invoices under VAT when set: the seller's VAT registration number. */
  INVOICE_VAT_NUMBER: optional(z.string().max(40)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  const secretProblem = authSecretProblem(process.env);
  if (secretProblem) throw new Error(`Invalid environment configuration:\n  ${secretProblem}`);
  const twoFactor = twoFactorKeyProblem(process.env);
  if (twoFactor) throw new Error(`Invalid environment configuration:\n  ${twoFactor}`);
  const stripe = stripeProblem({ STRIPE_SECRET_KEY: parsed.data.STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET: parsed.data.STRIPE_WEBHOOK_SECRET });
  if (stripe) throw new Error(`Invalid environment configuration:\n  ${stripe}`);
  return parsed.data;
}


/** The secret that signs sessions; outside production a fixed development value. */
export function authSecret(e: Env = env): string {
  return e.AUTH_SECRET ?? "development-only-secret-not-for-production-use";
}

/** The key that seals second-factor secrets: TWO_FACTOR_KEY, else (outside production) one derived from the auth secret. */
export function twoFactorKey(e: Env = env): string {
  return e.TWO_FACTOR_KEY ?? `two-factor\0${authSecret(e)}`;
}

/**
 * In production, the site's origin from SITE_URL: what the cross-site check accepts and what Auth.js
 * builds its URLs from, never the Host or X-Forwarded-Host a client sent. Null in development, where
 * the server answers on whatever address it was started on.
 */
export function siteOrigin(e: Env = env): string | null {
  return e.NODE_ENV === "production" ? new URL(e.SITE_URL).origin : null;
}

/** Whether /admin/outbox may show an email's links: in development, else only with OUTBOX_SHOWS_LINKS. */
export function outboxShowsLinks(e: Env = env): boolean {
  return e.NODE_ENV === "development" || e.OUTBOX_SHOWS_LINKS;
}

/** Stripe's keys when both are set (paid joining on), else null: the site runs without payments. */
export function stripeSettings(e: Env = env): { secretKey: string; webhookSecret: string; apiUrl: URL } | null {
  if (!e.STRIPE_SECRET_KEY || !e.STRIPE_WEBHOOK_SECRET) return null;
  return { secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET, apiUrl: new URL(e.STRIPE_API_URL) };
}

export const env: Env = load();
