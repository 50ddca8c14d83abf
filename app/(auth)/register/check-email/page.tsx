import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { first, type SearchParams } from "@/lib/params";
import { AuthCard } from "../../_components/auth-card";

// Rendered per request so Next can put this request's CSP nonce on its scripts: sign-in pages get
// the strict, nonce-based policy.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const asked = first((await searchParams).callbackUrl);
  const callbackUrl = asked ? safeCallbackUrl(asked, "") : "";
  return (
    <AuthCard title="Check your email">
      <div className="space-y-4">
        <p>
          We have sent a message to the address you gave. Open the link in it to confirm your email, then sign in.
          {callbackUrl.startsWith("/join/") && " You then continue to payment for the membership you chose."}
        </p>
        <p className="text-muted">
          Nothing arrived after a few minutes? Check your junk folder. If you already had an account with that address,
          the email tells you how to sign in or reset your password instead.
        </p>
        <p>
          <Link href={callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login"}>Go to sign in</Link>
        </p>
      </div>
    </AuthCard>
  );
}
