import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getViewer } from "@/lib/auth/viewer";
import { first, type SearchParams } from "@/lib/params";
import { AuthCard } from "../_components/auth-card";
import { RegisterForm } from "../_components/register-form";

export const metadata: Metadata = { title: "Create a free account" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const asked = first((await searchParams).callbackUrl);
  const callbackUrl = asked ? safeCallbackUrl(asked, "") : "";
  if (await getViewer()) redirect(callbackUrl || "/account");
  return (
    <AuthCard
      title="Create a free account"
      lead={
        <p>
          A free account opens our members&apos; resources and the monthly bulletin. Already registered?{" "}
          <Link href={callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login"}>Sign in</Link>.
          {callbackUrl.startsWith("/join/") && " Once you have confirmed your email and signed in, you continue to payment."}
        </p>
      }
    >
      <RegisterForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
