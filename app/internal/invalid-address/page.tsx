import { Link } from "@/components/ui/link";
import { Container } from "@/components/ui/container";

export const metadata = { title: "That address is not valid", robots: { index: false } };

/** What proxy.ts shows, with a 400, for an address it cannot decode (a broken percent-escape). */
export default function InvalidAddressPage() {
  return (
    <Container className="py-20">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Error 400</p>
      <h1 className="mt-2 text-4xl font-semibold text-brand-900">That address is not valid</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted">The link may be broken or mistyped. These might help:</p>
      <ul className="mt-6 space-y-2 text-lg">
        <li>
          <Link href="/">Home page</Link>
        </li>
        <li>
          <Link href="/search">Search the site</Link>
        </li>
      </ul>
    </Container>
  );
}
