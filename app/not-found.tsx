import { Link } from "@/components/ui/link";
import { Container } from "@/components/ui/container";

export default function NotFound() {
  return (
    <Container className="py-20">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Error 404</p>
      <h1 className="mt-2 text-4xl font-semibold text-brand-900">We can&apos;t find that page</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted">
        The page may have moved, or the address may be mistyped. These might help:
      </p>
      <ul className="mt-6 space-y-2 text-lg">
        <li>
          <Link href="/">Home page</Link>
        </li>
        <li>
          <Link href="/news">Latest news</Link>
        </li>
        <li>
          <Link href="/resources">Resource library</Link>
        </li>
        <li>
          <Link href="/search">Search the site</Link>
        </li>
      </ul>
    </Container>
  );
}
