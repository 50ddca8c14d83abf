import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { markEmailVerified } from "@/db/queries/accounts";
import { joinByDomain } from "@/db/queries/organisations";
import { consumeToken } from "@/db/queries/tokens";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { hashToken } from "@/lib/auth/tokens";
import { first, type SearchParams } from "@/lib/params";
import { AuthCard } from "../_components/auth-card";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false } };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const token = first(params.token) ?? "";
  // Where they were going when they registered (e.g. paying for a tier): sign-in continues there.
  const next = safeCallbackUrl(first(params.next), "");
  const confirmed =
    token.length >= 10 &&
    token.length <= 200 &&
    (await db.transaction(async (tx) => {
      const accountId = await consumeToken(hashToken(token), "verify-email", tx);
      if (accountId) {
        await markEmailVerified(accountId, tx);
        // A confirmed address on an organisation's verified domain takes a free seat (if one is left).
        await joinByDomain(accountId, tx);
      }
      return Boolean(accountId);
    }));
  if (confirmed) redirect(`/login?confirmed=1${next ? `&callbackUrl=${encodeURIComponent(next)}` : ""}`);
  return (
    <AuthCard title="This link has expired">
      <p>
        Confirmation links work once, for 7 days. If you have already confirmed your address, just sign in. Otherwise,
        sign in and we will send you a new link.
      </p>
      <p className="mt-4">
        <Link href="/login">Go to sign in</Link>
      </p>
    </AuthCard>
  );
}
