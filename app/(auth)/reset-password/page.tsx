import type { Metadata } from "next";
import Link from "next/link";
import { isTokenUsable } from "@/db/queries/tokens";
import { hashToken } from "@/lib/auth/tokens";
import { first, type SearchParams } from "@/lib/params";
import { AuthCard } from "../_components/auth-card";
import { ResetForm } from "../_components/reset-form";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = first((await searchParams).token) ?? "";
  const usable = token.length >= 10 && token.length <= 200 && (await isTokenUsable(hashToken(token), "reset-password"));
  if (!usable) {
    return (
      <AuthCard title="This link has expired">
        <p>Reset links work once, for one hour. This one has expired or has already been used.</p>
        <p className="mt-4">
          <Link href="/forgot-password">Ask for a new reset link</Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" lead={<p>Signing in with the new password will sign you out everywhere else.</p>}>
      <ResetForm token={token} />
    </AuthCard>
  );
}
