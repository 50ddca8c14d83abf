import { Link } from "@/components/ui/link";
import { listMembers } from "@/db/queries/members";
import { listTiers } from "@/db/queries/taxonomy";
import { Pagination } from "@/components/ui/pagination";
import { memberFiltersFrom } from "@/lib/admin/list-params";
import { requireAdmin } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/format";
import { first, pageParam, withQuery, type SearchParams } from "@/lib/params";
import { AdminPage, buttonClass, inputClass, tableClass } from "../_components/admin-page";
import { Notice } from "../_components/notice";

export const metadata = { title: "Members · Dashboard" };

export default async function MembersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin("/admin/members");
  const [params, tiers] = await Promise.all([searchParams, listTiers()]);
  const filters = memberFiltersFrom(params, tiers.map((t) => t.slug));
  const result = await listMembers(filters, pageParam(params.page));
  const tierName = (slug: string) => tiers.find((t) => t.slug === slug)?.name ?? slug;
  const now = Date.now();
  const filtered = Object.values(filters).some(Boolean);
  const select = (name: string, label: string, value: string | undefined, options: Array<[string, string]>) => (
    <div>
      <label htmlFor={`filter-${name}`} className="font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={inputClass()}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <AdminPage
      title="Members"
      lead="Every account. Changes apply on the member’s next page view."
      actions={
        <>
          <a href={withQuery("/admin/members/export", { ...filters })} className={buttonClass.secondary} download>
            Export these as CSV
          </a>
          <Link href="/admin/members/import" className={buttonClass.primary}>
            Import CSV
          </Link>
        </>
      }
    >
      {first(params.imported) === "1" && (
        <Notice>
          Import complete: {first(params.created) ?? 0} accounts created, {first(params.updated) ?? 0} updated. New members
          have been emailed a link to choose a password.
        </Notice>
      )}
      <form method="get" action="/admin/members" role="search" aria-label="Find members" className="rounded-xl border border-line bg-wash p-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
          <div className="lg:col-span-2">
            <label htmlFor="filter-q" className="font-medium">
              Name or email
            </label>
            <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} className={inputClass()} />
          </div>
          {select("tier", "Tier", filters.tier, [["", "Any tier"], ...tiers.map((t): [string, string] => [t.slug, t.name])])}
          {select("role", "Role", filters.role, [["", "Any role"], ["member", "Member"], ["editor", "Editor"], ["admin", "Admin"]])}
          {select("expired", "Membership", filters.expired, [["", "Any"], ["no", "Current"], ["yes", "Expired"]])}
          {select("disabled", "Account", filters.disabled, [["", "Any"], ["no", "Enabled"], ["yes", "Disabled"]])}
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass.primary}>
            Apply
          </button>
          {filtered && (
            <Link href="/admin/members" className="inline-flex min-h-11 items-center font-medium">
              Clear
            </Link>
          )}
        </div>
      </form>

      <h2 className="mt-6 font-sans text-lg font-semibold" aria-live="polite">
        {result.total === 0 ? "No accounts match" : `${result.total} ${result.total === 1 ? "account" : "accounts"}`}
      </h2>
      {result.total > 0 && (
        <div className={tableClass.wrap}>
          <table className={tableClass.table}>
            <thead>
              <tr>
                <th scope="col" className={tableClass.th}>Name and email</th>
                <th scope="col" className={tableClass.th}>Tier</th>
                <th scope="col" className={tableClass.th}>Expires</th>
                <th scope="col" className={tableClass.th}>Role</th>
                <th scope="col" className={tableClass.th}>Account</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((m) => {
                const expired = m.tierSlug !== "free" && m.membershipExpiresAt !== null && m.membershipExpiresAt.getTime() <= now;
                return (
                  <tr key={m.id}>
                    <td className={tableClass.td}>
                      <Link href={`/admin/members/${m.id}`} className="font-semibold">
                        {m.name}
                      </Link>
                      <div className="text-muted [overflow-wrap:anywhere]">{m.email}</div>
                    </td>
                    <td className={tableClass.td}>{tierName(m.tierSlug)}</td>
                    <td className={tableClass.td}>
                      {m.membershipExpiresAt && m.tierSlug !== "free" ? formatDate(m.membershipExpiresAt) : "—"}
                      {expired && <span className="ml-2 font-semibold text-red-800">Expired</span>}
                    </td>
                    <td className={`${tableClass.td} capitalize`}>{m.role}</td>
                    <td className={tableClass.td}>
                      {m.disabled ? <span className="font-semibold text-red-800">Disabled</span> : "Enabled"}
                      {!m.emailVerifiedAt && <div className="text-muted">Email not confirmed</div>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => withQuery("/admin/members", { ...filters, page })}
        label="Member table pages"
      />
    </AdminPage>
  );
}
