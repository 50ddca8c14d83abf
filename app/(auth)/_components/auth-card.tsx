import type { ReactNode } from "react";

export function AuthCard({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <div className="bg-wash px-4 py-12 sm:py-16">
      <div className="mx-auto w-full max-w-md rounded-2xl border border-line bg-paper p-6 shadow-sm sm:p-8">
        <h1 className="text-3xl font-semibold text-brand-900">{title}</h1>
        {lead && <div className="mt-2 text-muted">{lead}</div>}
        <div className="mt-6">{children}</div>
      </div>
    </div>
  );
}
