import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Container } from "@/components/ui/container";
import { requireViewer } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/format";
import { isStaff } from "@/lib/access";
import { exportPersonalData } from "@/lib/privacy/export";
import { privacySections } from "@/lib/privacy/sections";
import { site } from "@/lib/site";
import { PrintButton } from "../_components/print-button";

export const metadata: Metadata = { title: "Summary of your data", robots: { index: false } };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A stored value as words: dates readable, nothing as a dash, structures as compact JSON. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (value instanceof Date) return formatDateTime(value);
  if (typeof value === "string" && ISO_DATE.test(value)) return formatDateTime(new Date(value));
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Words for a column name: `membershipExpiresAt` → "Membership expires at". */
function label(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words[0]!.toUpperCase() + words.slice(1);
}

/** The export as a page to read and print: each section, what it is, what erasure does, and its rows. */
export default async function PrivacySummaryPage() {
  const viewer = await requireViewer("/account/privacy/summary");
  const data = (await exportPersonalData(viewer.id))!;
  const hidden = new Set(["revoked_sessions", ...(isStaff(viewer) ? [] : privacySections.filter((s) => s.staffOnly).map((s) => s.table))]);
  const sections = Object.entries(data.sections).filter(([table, s]) => !hidden.has(table) || s.rows.length > 0);
  return (
    <Container className="py-10">
      <p className="print-hidden">
        <Link href="/account/privacy">Back to your data and privacy</Link>
      </p>
      <h1 className="mt-4 font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">Your data held by {site.name}</h1>
      <p className="mt-2 text-muted">
        For {viewer.name} ({viewer.email}), made {formatDateTime(new Date(data.generatedAt))}.
      </p>
      <div className="mt-4">
        <PrintButton />
      </div>
      <nav aria-labelledby="contents-heading" className="print-hidden mt-8">
        <h2 id="contents-heading" className="font-sans text-lg font-semibold">
          Contents
        </h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {sections.map(([table, s]) => (
            <li key={table}>
              <a href={`#${table}`}>
                {s.title} ({s.rows.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map(([table, s]) => (
        <section key={table} id={table} aria-labelledby={`${table}-heading`} className="mt-10 break-inside-avoid-page">
          <h2 id={`${table}-heading`} className="text-2xl font-semibold text-brand-900">
            {s.title}
          </h2>
          <p className="mt-1">{s.holds}</p>
          <p className="mt-1 text-muted">If you erase your account: {s.onErasure}</p>
          {s.rows.length === 0 ? (
            <p className="mt-3 italic">Nothing held.</p>
          ) : (
            <ol className="mt-3 space-y-3">
              {s.rows.map((row, index) => (
                <li key={index} className="break-inside-avoid rounded-lg border border-line p-4">
                  <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[14rem_1fr]">
                    {Object.entries(row).map(([key, value]) => (
                      <div key={key} className="contents">
                        <dt className="font-semibold">{label(key)}</dt>
                        <dd className="break-words">{show(value)}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </Container>
  );
}
