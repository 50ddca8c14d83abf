import Link from "next/link";
import { site } from "@/lib/site";
import { HeaderSearch } from "@/components/search/header-search";
import { Container } from "@/components/ui/container";
import { AccountMenu, type HeaderActions } from "./account-menu";
import { Logo } from "./logo";

const nav = [
  { href: "/news", label: "News" },
  { href: "/resources", label: "Resources" },
  { href: "/membership", label: "Membership" },
  { href: "/topics", label: "Topics" },
];

export function SiteHeader({ actions }: { actions: HeaderActions }) {
  return (
    <header className="border-b border-line bg-paper">
      <Container className="py-3">
        <div className="flex flex-wrap items-center justify-between gap-x-8 gap-y-3">
          <Link href="/" className="flex items-center gap-3 text-brand-900 no-underline">
            <Logo className="size-10" />
            <span className="font-serif text-xl font-semibold tracking-tight">{site.name}</span>
          </Link>
          <AccountMenu actions={actions} />
        </div>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-x-8 gap-y-3">
          <nav aria-label="Main" className="-ml-3">
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
            </ul>
          </nav>
          <HeaderSearch />
        </div>
      </Container>
    </header>
  );
}
