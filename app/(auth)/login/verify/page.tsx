import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { listPasskeyCredentials } from "@/db/queries/second-factor";
import { signedInHome } from "@/lib/admin/landing";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getPendingSignIn } from "@/lib/auth/pending-sign-in";
import { getViewer } from "@/lib/auth/viewer";
import { first, type SearchParams } from "@/lib/params";
import { AuthCard } from "../../_components/auth-card";
import { signOutAction } from "../../sign-out-action";
import { VerifyForm } from "./_components/verify-form";

export const metadata: Metadata = { title: "Confirm it is you", robots: { index: false } };

/** The second step of signing in, for accounts with a second factor. Only a password-checked session gets here. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const asked = first((await searchParams).callbackUrl);
  const callbackUrl = asked ? safeCallbackUrl(asked) : "";
  const pending = await getPendingSignIn();
  if (!pending) {
    const viewer = await getViewer();
    if (viewer) redirect(callbackUrl || signedInHome(viewer));
    redirect(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  }
  const passkeys = await listPasskeyCredentials(pending.accountId);
  return (
    <AuthCard title="Confirm it is you" lead={<p>Your password was right. Now show it is you with your second factor.</p>}>
      <VerifyForm callbackUrl={callbackUrl} hasPasskey={passkeys.length > 0} />
      <form action={signOutAction} className="mt-6 border-t border-line pt-4">
        <button type="submit" className="cursor-pointer font-medium text-brand-700 underline">
          Cancel and sign out
        </button>
      </form>
    </AuthCard>
  );
}
