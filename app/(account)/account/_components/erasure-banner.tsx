import { Link } from "@/components/ui/link";
import { Container } from "@/components/ui/container";
import { formatDate } from "@/lib/format";
import { CancelErasureForm } from "../privacy/_components/cancel-erasure-form";

/** On every account page while an erasure waits: when it happens, and the way to keep the account. */
export function ErasureBanner({ dueAt }: { dueAt: Date }) {
  return (
    <div role="region" aria-labelledby="erasure-banner-heading" className="border-b-4 border-red-700 bg-red-50 text-red-950">
      <Container className="py-5">
        <h2 id="erasure-banner-heading" className="font-sans text-lg font-semibold">
          Your account will be erased on {formatDate(dueAt)}
        </h2>
        <p className="mt-1">
          On that day we erase your personal data, except what the law requires us to keep (see{" "}
          <Link href="/account/privacy#erase-heading">what is kept and why</Link>). If you have changed your mind, cancel it now.
        </p>
        <CancelErasureForm />
      </Container>
    </div>
  );
}
