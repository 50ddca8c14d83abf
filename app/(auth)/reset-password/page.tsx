import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { resetTokenHolder } from "@/db/queries/tokens";
import { hashToken } from "@/lib/auth/tokens";
import { first, type SearchParams } from "@/lib/params";
import { AuthCard } from "../_components/auth-card";
import { ResetForm } from "../_components/reset-form";

export const metadata: Metadata = { title: "Choose a password", robots: { index: false } };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = first((await searchParams).token) ?? "";
  const holder = token.length >= 10 && token.length <= 200 ? await resetTokenHolder(hashToken(token)) : null;
  if (!holder) {
    return (
      <AuthCard title="This link has expired">
        <p>Reset links work once, for one hour. This one has expired or has already been used.</p>
        <p className="mt-4">
          <Link href="/forgot-password">Ask for a new reset link</Link>
        </p>
      </AuthCard>
    );
  }
  // An imported account has never had a password: there is nothing to replace and nowhere to sign out.
  if (!holder.hasPassword) {
    return (
      <AuthCard title="Choose your password" lead={<p>You will sign in with your email address and this password.</p>}>
        <ResetForm token={token} first />
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" lead={<p>Signing in with the new password will sign you out everywhere else.</p>}>
      <ResetForm token={token} />
    </AuthCard>
  );
}
