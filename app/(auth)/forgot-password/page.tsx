import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { AuthCard } from "../_components/auth-card";
import { ForgotForm } from "../_components/forgot-form";

// Rendered per request so Next can put this request's CSP nonce on its scripts: sign-in pages get
// the strict, nonce-based policy.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Reset your password"
      lead={<p>Enter the email address you registered with and we will send you a link to choose a new password.</p>}
    >
      <ForgotForm />
      <p className="mt-6">
        <Link href="/login">Back to sign in</Link>
      </p>
    </AuthCard>
  );
}
