"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { Container } from "@/components/ui/container";
import { fetchMe, type Me } from "@/lib/me";
import { hasSessionHint } from "@/lib/session-hint";
import { GraceBanner } from "./membership-banner";

/**
 * The grace period's banner on every page, under the header: cached pages are the same for everyone,
 * so it comes with the header's /api/me answer. The account pages show their own.
 */
export function GraceNotice() {
  const pathname = usePathname();
  const [grace, setGrace] = useState<NonNullable<Me>["grace"]>(undefined);

  useEffect(() => {
    let current = true;
    (hasSessionHint(document.cookie) ? fetchMe(pathname) : Promise.resolve(null))
      .then((me) => current && setGrace(me?.grace))
      .catch(() => current && setGrace(undefined));
    return () => {
      current = false;
    };
  }, [pathname]);

  if (!grace || pathname.startsWith("/account")) return null;
  return (
    <Container className="pb-4">
      <GraceBanner
        tierName={grace.tierName}
        periodEnd={new Date(grace.periodEnd)}
        until={new Date(grace.until)}
        paymentFailed={grace.paymentFailed}
        announce={false}
      />
    </Container>
  );
}
