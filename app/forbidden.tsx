import { Link } from "@/components/ui/link";
import { Container } from "@/components/ui/container";

export default function Forbidden() {
  return (
    <Container className="py-20">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Error 403</p>
      <h1 className="mt-2 text-4xl font-semibold text-brand-900">You don&apos;t have access to this page</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted">
        This part of the site is for our staff. If you think you should have access, contact your administrator.
      </p>
      <p className="mt-6 text-lg">
        <Link href="/">Go to the home page</Link> or <Link href="/account">your account</Link>.
      </p>
    </Container>
  );
}
