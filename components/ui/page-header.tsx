import type { ReactNode } from "react";
import { Container } from "./container";

export function PageHeader({
  title,
  lead,
  breadcrumb,
  children,
}: {
  title: string;
  lead?: ReactNode;
  /** Shown above the heading (a breadcrumb nav). */
  breadcrumb?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="border-b border-line bg-wash">
      <Container className="py-10 sm:py-14">
        {breadcrumb && <div className="mb-4">{breadcrumb}</div>}
        <h1 className="text-3xl font-semibold tracking-tight text-brand-900 sm:text-4xl">{title}</h1>
        {lead && <p className="mt-3 max-w-3xl text-lg text-muted">{lead}</p>}
        {children}
      </Container>
    </div>
  );
}
