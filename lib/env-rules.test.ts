import { describe, expect, it } from "vitest";
import { authSecretProblem, mayLoadDemoData, twoFactorKeyProblem } from "./env-rules";

const strong = "k".repeat(32);

describe("TWO_FACTOR_KEY in production", () => {
  it("is required to start a production server (second-factor secrets are sealed with it), never elsewhere", () => {
    expect(twoFactorKeyProblem({ NODE_ENV: "production", AUTH_SECRET: strong })).toMatch(/^TWO_FACTOR_KEY is required in production/);
    expect(twoFactorKeyProblem({ NODE_ENV: "production", AUTH_SECRET: strong, TWO_FACTOR_KEY: strong })).toBeNull();
    expect(twoFactorKeyProblem({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBeNull();
    expect(twoFactorKeyProblem({ NODE_ENV: "development" })).toBeNull();
  });
});

describe("AUTH_SECRET in production", () => {
  it("refuses a production server with no secret, saying what to set", () => {
    const problem = authSecretProblem({ NODE_ENV: "production" });
    expect(problem).toMatch(/^AUTH_SECRET is required in production/);
    expect(problem).not.toContain("\n");
  });

  it("refuses a production server with a secret shorter than 32 characters", () => {
    expect(authSecretProblem({ NODE_ENV: "production", AUTH_SECRET: "short-secret" })).toMatch(/too short \(12 characters/);
    expect(authSecretProblem({ NODE_ENV: "production", AUTH_SECRET: "" })).toMatch(/required/);
  });

  it("accepts a production server with 32 or more characters", () => {
    expect(authSecretProblem({ NODE_ENV: "production", AUTH_SECRET: strong })).toBeNull();
  });

  it("lets `next build` run without a secret", () => {
    expect(authSecretProblem({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBeNull();
  });

  it("does not ask for one in development or tests", () => {
    expect(authSecretProblem({ NODE_ENV: "development" })).toBeNull();
    expect(authSecretProblem({ NODE_ENV: "test" })).toBeNull();
  });
});

describe("demo data", () => {
  it("is never loaded in production unless SEED_DEMO_DATA=true", () => {
    expect(mayLoadDemoData({ NODE_ENV: "production", SEED_DEMO_DATA: false })).toBe(false);
    expect(mayLoadDemoData({ NODE_ENV: "production", SEED_DEMO_DATA: true })).toBe(true);
  });

  it("is loaded in development and tests", () => {
    expect(mayLoadDemoData({ NODE_ENV: "development", SEED_DEMO_DATA: false })).toBe(true);
    expect(mayLoadDemoData({ NODE_ENV: "test", SEED_DEMO_DATA: false })).toBe(true);
  });
});

describe("Stripe settings", () => {
  it("take the secret key and the webhook secret together, or neither", async () => {
    const { stripeProblem } = await import("./env-rules");
    expect(stripeProblem({})).toBeNull();
    expect(stripeProblem({ STRIPE_SECRET_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })).toBeNull();
    expect(stripeProblem({ STRIPE_SECRET_KEY: "sk_test_x" })).toMatch(/go together/);
    expect(stripeProblem({ STRIPE_WEBHOOK_SECRET: "whsec_x" })).toMatch(/go together/);
  });
});
