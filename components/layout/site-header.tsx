import { Link } from "@/components/ui/link";
import { site } from "@/lib/site";
import { GraceNotice } from "@/components/billing/grace-notice";
import { HeaderSearch } from "@/components/search/header-search";
import { Container } from "@/components/ui/container";
import { AccountMenu, type HeaderActions } from "./account-menu";
import { HeaderMenu } from "./header-menu";
import { Logo } from "./logo";
import { MainNav } from "./main-nav";

const nav = [
  { href: "/news", label: "News" },
  { href: "/resources", label: "Resources" },
  { href: "/events", label: "Events" },
  { href: "/membership", label: "Membership" },
  { href: "/topics", label: "Topics" },
] as const;

/**
 * One grid at every width. From the small breakpoint up: logo and account links, then sections and
 * search. Below it: logo, search and the Menu button, the menu opening underneath.
 */
export function SiteHeader({ actions }: { actions: HeaderActions }) {
  return (
    <header className="border-b border-line bg-paper">
      <Container className="grid grid-cols-[1fr_auto] items-center gap-x-8 py-2 sm:gap-y-2 sm:py-3">
        <Link href="/" className="flex min-w-0 items-center gap-3 text-brand-900 no-underline">
          <Logo className="size-9 shrink-0 sm:size-10" />
          <span className="font-serif text-lg font-semibold tracking-tight sm:text-xl">{site.name}</span>
        </Link>
        <HeaderMenu>
          <div className="border-t border-line py-2 sm:col-start-2 sm:row-start-1 sm:border-0 sm:py-0 sm:justify-self-end">
            <AccountMenu actions={actions} />
          </div>
          <div className="pb-2 sm:row-start-2 sm:pb-0">
            <MainNav items={nav} />
          </div>
          <div className="hidden sm:col-start-2 sm:row-start-2 sm:block sm:justify-self-end">
            <HeaderSearch />
          </div>
        </HeaderMenu>
      </Container>
      <GraceNotice />
    </header>
  );
}
