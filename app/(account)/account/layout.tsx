import type { ReactNode } from "react";
import { getPendingErasure } from "@/db/queries/privacy/requests";
import { getViewer } from "@/lib/auth/viewer";
import { ErasureBanner } from "./_components/erasure-banner";

/** Every account page: while the account waits to be erased, a banner says when and offers to cancel. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  const pending = viewer ? await getPendingErasure(viewer.id) : null;
  return (
    <>
      {pending && <ErasureBanner dueAt={pending.dueAt} />}
      {children}
    </>
  );
}
