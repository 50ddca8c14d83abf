"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { SearchIcon } from "@/components/search/search-icon";

/**
 * Below the small breakpoint the header's sections, account links and preferences fold behind a
 * Menu button, with search one tap away, so the first screen shows the page rather than the header.
 * Without JavaScript the menu stays open and the button is not shown (app/globals.css).
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  // Open on the page it was opened on: a link followed inside the menu navigates without
  // reloading the header, and the menu is closed on the next page.
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  return (
    <>
      <div className="flex items-center gap-1 sm:hidden">
        <Link
          href="/search"
          className="inline-flex size-11 items-center justify-center rounded-md text-brand-800 hover:bg-brand-50"
        >
          <SearchIcon className="size-5" />
          <span className="sr-only">Search</span>
        </Link>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="site-menu"
          onClick={() => setOpenOn(open ? null : pathname)}
          className="menu-toggle inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line px-3 font-semibold text-brand-800 hover:bg-brand-50"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
            {open ? (
              <path d="M5.3 4 10 8.6 14.7 4l1.3 1.3L11.4 10l4.6 4.7-1.3 1.3-4.7-4.6L5.3 16 4 14.7 8.6 10 4 5.3Z" />
            ) : (
              <path d="M3 5h14v2H3V5Zm0 4h14v2H3V9Zm0 4h14v2H3v-2Z" />
            )}
          </svg>
          Menu
        </button>
      </div>
      <div id="site-menu" data-open={open ? "" : undefined} className="site-menu col-span-2 sm:contents">
        {children}
      </div>
    </>
  );
}
