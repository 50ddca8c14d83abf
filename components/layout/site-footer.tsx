import { Link } from "@/components/ui/link";
import { site } from "@/lib/site";
import { Container } from "@/components/ui/container";

const columns: { title: string; links: { href: string; label: string; only?: string }[] }[] = [
  {
    title: "Read",
    links: [
      { href: "/news", label: "News" },
      { href: "/resources", label: "Resource library" },
      { href: "/events", label: "Events" },
      { href: "/search", label: "Search" },
    ],
  },
  {
    title: "Membership",
    links: [
      { href: "/membership", label: "Membership tiers" },
      // Pages are the same for everyone: which pair shows is decided in the browser (app/globals.css).
      { href: "/register", label: "Join free", only: "signed-out-only" },
      { href: "/login", label: "Sign in", only: "signed-out-only" },
      { href: "/account", label: "Your account", only: "signed-in-only" },
      { href: "/privacy", label: "Privacy" },
    ],
  },
];

export function SiteFooter() {
  return (
    <footer className="surface-brand bg-brand-900 text-brand-100">
      <Container className="grid gap-10 py-12 md:grid-cols-[2fr_1fr_1fr]">
        <div>
          <p className="font-serif text-xl font-semibold text-white">{site.name}</p>
          <p className="mt-3 max-w-md">{site.tagline}</p>
          <p className="mt-4">
            Contact us:{" "}
            <a href={`mailto:${site.email}`} className="text-white underline">
              {site.email}
            </a>
          </p>
        </div>
        {columns.map((column) => (
          <div key={column.title}>
            <h2 className="font-sans text-sm font-semibold uppercase tracking-wider text-white">{column.title}</h2>
            <ul className="mt-3 space-y-1">
              {column.links.map((link) => (
                <li key={link.href} className={link.only}>
                  <Link href={link.href} className="inline-flex min-h-8 items-center text-brand-100 no-underline hover:text-white hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Container>
      <Container className="border-t border-brand-800 py-6 text-sm">
        <p>© {new Date().getFullYear()} {site.name}. A registered charity supporting inclusive education.</p>
      </Container>
    </footer>
  );
}
