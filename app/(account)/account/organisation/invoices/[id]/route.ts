import { getTierPrice } from "@/db/queries/billing";
import { getInvoice, isOrganisationAdmin } from "@/db/queries/organisations";
import { isAdmin } from "@/lib/access";
import { getViewer } from "@/lib/auth/viewer";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { invoicePdf } from "@/lib/organisations/invoicing";
import { invoiceNumberLabel } from "@/lib/organisations/terms";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** An invoice's PDF, for its organisation's admins and for staff admins; nobody else learns it exists. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return text(401, "Sign in to download this invoice.");
  const invoice = await getInvoice((await params).id);
  const allowed = invoice && (isAdmin(viewer) || (await isOrganisationAdmin(viewer.id, invoice.organisationId)));
  if (!invoice || !allowed) return text(404, "There is no such invoice, or it is not yours to see.");
  const tier = await getTierPrice(invoice.tierSlug);
  const bytes = await invoicePdf(invoice, tier?.name ?? invoice.tierSlug);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(`${invoiceNumberLabel(invoice.number)}.pdf`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
