import { issueCertificate } from "@/db/queries/events/cpd";
import { getViewer } from "@/lib/auth/viewer";
import { renderCertificatePdf } from "@/lib/events/certificate-pdf";
import { absoluteUrl } from "@/lib/metadata";

export const dynamic = "force-dynamic";

/** The certificate of attendance of the member's own attended booking (issued on first download). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in to download your certificate.", { status: 401 });
  const { id } = await params;
  const certificate = /^[0-9a-f-]{36}$/i.test(id) ? await issueCertificate(viewer.id, id) : null;
  if (!certificate) return new Response("There is no certificate for this booking: it is issued once your attendance is marked.", { status: 404 });
  const pdf = await renderCertificatePdf({ ...certificate, verifyUrl: absoluteUrl(`/certificates/${certificate.code}`) });
  return new Response(Buffer.from(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="certificate-${certificate.code}.pdf"`, "Cache-Control": "private, no-store" },
  });
}
