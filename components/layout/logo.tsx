/** The organisation's mark: two overlapping circles, people side by side. Decorative: the name is beside it. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" aria-hidden="true" className={className}>
      <rect width="40" height="40" rx="10" fill="#4a3290" />
      <circle cx="15.5" cy="20" r="8" fill="none" stroke="#fff" strokeWidth="3" />
      <circle cx="24.5" cy="20" r="8" fill="none" stroke="#f5a48f" strokeWidth="3" />
    </svg>
  );
}
