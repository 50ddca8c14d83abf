/** A success message after a redirect (saved, deleted, imported), announced by screen readers. */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="mb-6 rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900">
      {children}
    </p>
  );
}
