/** Rules on the environment with no side effects, so the startup check can run before anything loads. */

export const MIN_AUTH_SECRET_LENGTH = 32;

/**
 * Why the server must not start with this AUTH_SECRET, in one line; null when it may. Production
 * needs 32+ characters; `next build` (NEXT_PHASE=phase-production-build) signs nothing and needs none.
 */
export function authSecretProblem(vars: Record<string, string | undefined>): string | null {
  if (vars.NODE_ENV !== "production" || vars.NEXT_PHASE === "phase-production-build") return null;
  const secret = vars.AUTH_SECRET ?? "";
  const advice = "set it to 32+ random characters, e.g. `openssl rand -base64 32`";
  if (secret === "") return `AUTH_SECRET is required in production: ${advice}.`;
  if (secret.length < MIN_AUTH_SECRET_LENGTH) {
    return `AUTH_SECRET is too short (${secret.length} characters, production needs ${MIN_AUTH_SECRET_LENGTH}+): ${advice}.`;
  }
  return null;
}

/** Whether demo accounts (with their published password) may be loaded: never in production unless asked. */
export function mayLoadDemoData(e: { NODE_ENV: string; SEED_DEMO_DATA: boolean }): boolean {
  return e.NODE_ENV !== "production" || e.SEED_DEMO_DATA;
}

/** Stripe's key and webhook secret go together: payments need both (state changes come only from signed events). */
export function stripeProblem(vars: Record<string, string | undefined>): string | null {
  if (Boolean(vars.STRIPE_SECRET_KEY) === Boolean(vars.STRIPE_WEBHOOK_SECRET)) return null;
  return "STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both to take payments, or neither.";
}

/** Production seals second-factor secrets with its own key, never one derived from AUTH_SECRET. */
export function twoFactorKeyProblem(vars: Record<string, string | undefined>): string | null {
  if (vars.NODE_ENV !== "production" || vars.NEXT_PHASE === "phase-production-build") return null;
  if (vars.TWO_FACTOR_KEY) return null;
  return "TWO_FACTOR_KEY is required in production (it seals second-factor secrets): set it to 32+ random characters, e.g. `openssl rand -base64 32`.";
}
