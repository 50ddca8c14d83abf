import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { verifyCertificate } from "@/db/queries/events/cpd";
import { Container } from "@/components/ui/container";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Check a certificate", robots: { index: false } };

const longDate = (isoDate: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));

/**
 * Confirms a certificate of attendance is genuine: the name, event and date only. A certificate
 * whose holder had their data erased is confirmed as issued, with nothing about them.
 */
export default async function CertificatePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const certificate = await verifyCertificate(decodeURIComponent(code));
  return (
    <Container className="max-w-2xl py-12">
      <h1 className="text-3xl font-semibold text-brand-900">Check a certificate</h1>
      {certificate.status === "genuine" ? (
        <div className="mt-6 rounded-xl border-l-4 border-emerald-700 bg-emerald-50 p-5" data-testid="certificate-genuine">
          <p className="text-lg font-semibold text-emerald-900">This is a genuine {site.name} certificate of attendance.</p>
          <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">Name</dt>
            <dd>{certificate.name}</dd>
            <dt className="font-semibold">Event</dt>
            <dd>{certificate.eventTitle}</dd>
            <dt className="font-semibold">Date</dt>
            <dd>{longDate(certificate.eventDate)}</dd>
            <dt className="font-semibold">Code</dt>
            <dd className="font-mono">{certificate.code}</dd>
          </dl>
        </div>
      ) : certificate.status === "erased" ? (
        <div className="mt-6 rounded-xl border-l-4 border-amber-700 bg-amber-50 p-5" data-testid="certificate-erased">
          <p className="text-lg font-semibold text-amber-950">{site.name} issued a certificate with this code, but its holder&rsquo;s details were erased at their request.</p>
          <p className="mt-2">
            The code <span className="font-mono">{certificate.code}</span> is one we issued, but we no longer hold the name, event or date it was issued for, so we cannot confirm what is printed beside it.
          </p>
        </div>
      ) : (
        <div className="mt-6 rounded-xl border-l-4 border-red-700 bg-red-50 p-5">
          <p className="text-lg font-semibold text-red-900">We have no certificate with this code.</p>
          <p className="mt-2">Check the code printed at the foot of the certificate, for example GQ7K-3MXP-9TDW. If it still does not match, the certificate was not issued by {site.name}.</p>
        </div>
      )}
      <p className="mt-8">
        <Link href="/events">Our events</Link>
      </p>
    </Container>
  );
}
