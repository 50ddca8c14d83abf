import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "../../_components/auth-card";

// Rendered per request so Next can put this request's CSP nonce on its scripts: sign-in pages get
// the strict, nonce-based policy.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <AuthCard title="Check your email">
      <div className="space-y-4">
        <p>
          We have sent a message to the address you gave. Open the link in it to confirm your email, then sign in.
        </p>
        <p className="text-muted">
          Nothing arrived after a few minutes? Check your junk folder. If you already had an account with that address,
          the email tells you how to sign in or reset your password instead.
        </p>
        <p>
          <Link href="/login">Go to sign in</Link>
        </p>
      </div>
    </AuthCard>
  );
}
