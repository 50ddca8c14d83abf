import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { signedInHome } from "@/lib/admin/landing";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getViewer } from "@/lib/auth/viewer";
import { first, type SearchParams } from "@/lib/params";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "../_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  // Empty when nothing asked: the sign-in then sends each account to its own home.
  const asked = first(params.callbackUrl);
  const callbackUrl = asked ? safeCallbackUrl(asked) : "";
  const viewer = await getViewer();
  if (viewer) redirect(callbackUrl || signedInHome(viewer));
  const notice =
    first(params.reset) === "1"
      ? "Your password has been changed. Sign in with your new password."
      : first(params.confirmed) === "1"
        ? "Thank you: your email address is confirmed. Sign in to start using your account."
        : null;
  return (
    <AuthCard
      title="Sign in"
      lead={
        <p>
          New here? <Link href={callbackUrl ? `/register?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/register"}>Create a free account</Link>.
        </p>
      }
    >
      {notice && (
        <p role="status" className="mb-5 rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900">
          {notice}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
