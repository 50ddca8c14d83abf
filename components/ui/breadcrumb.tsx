import { Link } from "@/components/ui/link";

/** The trail above a page's title: each step a link, separated by a slash screen readers skip. */
export function Breadcrumb({ trail }: { trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-2 text-muted">
        {trail.map((step, index) => (
          <li key={step.href}>
            <Link href={step.href}>{step.label}</Link>
            {index < trail.length - 1 && <span aria-hidden="true"> /</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
