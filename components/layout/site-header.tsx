import Link from "next/link";
import { Suspense } from "react";
import { site } from "@/lib/site";
import { Container } from "@/components/ui/container";
import { AccountMenu, SignedOutLinks } from "./account-menu";
import { Logo } from "./logo";

const nav = [
  { href: "/news", label: "News" },
  { href: "/resources", label: "Resources" },
  { href: "/membership", label: "Membership" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-paper">
      <Container className="flex flex-wrap items-center justify-between gap-x-8 gap-y-3 py-4">
        <Link href="/" className="flex items-center gap-3 text-brand-900 no-underline">
          <Logo className="size-10" />
          <span className="font-serif text-xl font-semibold tracking-tight">{site.name}</span>
        </Link>
        <nav aria-label="Main" className="order-last w-full md:order-none md:w-auto">
          <ul className="flex flex-wrap items-center gap-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-ink no-underline hover:bg-brand-50 hover:text-brand-800"
                >
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link
                href="/search"
                className="inline-flex min-h-11 items-center gap-2 rounded-md px-3 font-medium text-ink no-underline hover:bg-brand-50 hover:text-brand-800"
              >
                <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
                  <path d="M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4 4a1 1 0 0 1-1.4 1.4l-4-4A6.5 6.5 0 1 1 8.5 2Zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Z" />
                </svg>
                Search
              </Link>
            </li>
          </ul>
        </nav>
        <Suspense fallback={<SignedOutLinks />}>
          <AccountMenu />
        </Suspense>
      </Container>
    </header>
  );
}
