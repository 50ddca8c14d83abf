import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { verifyUnsubscribeToken } from "@/lib/newsletters/unsubscribe-token";
import { site } from "@/lib/site";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe from the newsletter", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; done?: string }> };

/**
 * The unsubscribe link in every newsletter: no sign-in, the signed token says whose address it
 * is. A plain form (no JavaScript needed) posts to the one-click address, which also takes mail
 * clients' RFC 8058 POSTs; a GET changes nothing, so a link scanner cannot unsubscribe anyone.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const valid = verifyUnsubscribeToken(token) !== null;
  const button =
    "inline-flex min-h-11 cursor-pointer items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800";
  return (
    <>
      <PageHeader title={params.done === "1" && valid ? "You are unsubscribed" : "Unsubscribe from the newsletter"} />
      <Container className="py-10">
        <div className="max-w-2xl space-y-4 text-lg">
          {!valid ? (
            <>
              <p role="alert">This unsubscribe link is not complete. Use the whole link from the email, or sign in and change your newsletter choice.</p>
              <p>
                <Link href="/account#newsletter">Newsletter preferences in your account</Link>
              </p>
            </>
          ) : params.done === "1" ? (
            <>
              <p role="status">We will not send you the {site.name} newsletter again. Account emails (such as password resets) still reach you.</p>
              <p>
                Changed your mind? <Link href="/account#newsletter">Subscribe again from your account</Link>.
              </p>
            </>
          ) : (
            <>
              <p>Stop sending the {site.name} newsletter to this email address?</p>
              <form method="post" action="/newsletters/unsubscribe/one-click">
                <input type="hidden" name="token" value={token} />
                <button type="submit" className={button}>
                  Unsubscribe
                </button>
              </form>
            </>
          )}
        </div>
      </Container>
    </>
  );
}
