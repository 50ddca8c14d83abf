import type { ReactNode } from "react";

/** The white panel every dashboard page sits in: heading, optional lead and actions, then content. */
export function AdminPage({
  title,
  lead,
  actions,
  children,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="rounded-2xl border border-line bg-paper p-6 sm:p-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold text-brand-900">{title}</h1>
          {lead && <p className="mt-2 max-w-3xl text-muted">{lead}</p>}
        </div>
        {actions && <div className="flex flex-wrap gap-3">{actions}</div>}
      </div>
      <div className="mt-6">{children}</div>
    </div>
  );
}

export const buttonClass = {
  primary:
    "inline-flex min-h-11 cursor-pointer items-center justify-center rounded-md bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70",
  secondary:
    "inline-flex min-h-11 cursor-pointer items-center justify-center rounded-md bg-paper px-5 font-semibold text-brand-800 no-underline ring-1 ring-brand-200 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70",
  danger:
    "inline-flex min-h-11 cursor-pointer items-center justify-center rounded-md bg-red-700 px-5 font-semibold text-white no-underline hover:bg-red-800 disabled:cursor-wait disabled:opacity-70",
  dangerOutline:
    "inline-flex min-h-11 cursor-pointer items-center justify-center rounded-md bg-paper px-5 font-semibold text-red-800 no-underline ring-1 ring-red-300 hover:bg-red-50 disabled:cursor-wait disabled:opacity-70",
};

export const inputClass = (invalid?: boolean) =>
  `mt-1 block min-h-11 w-full rounded-md border bg-paper px-3 text-base text-ink ${
    invalid ? "border-red-700 ring-1 ring-red-700" : "border-slate-500"
  }`;

export const tableClass = {
  wrap: "mt-6 overflow-x-auto rounded-xl border border-line",
  table: "w-full min-w-[44rem] border-collapse text-left text-sm",
  th: "border-b border-line bg-wash px-4 py-3 font-semibold text-ink",
  td: "border-b border-line px-4 py-3 align-top",
};
