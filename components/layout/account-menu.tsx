"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { PreferencesButton } from "@/components/preferences/preferences-button";
import type { PreferencesActions } from "@/components/preferences/preferences-form";
import { fetchMe, type Me } from "@/lib/me";
import { hasSessionHint, SESSION_HINT_COOKIE } from "@/lib/session-hint";

const linkClass =
  "inline-flex min-h-11 items-center rounded-md px-3 font-medium no-underline hover:bg-brand-50";


function forgetSessionHint() {
  document.cookie = `${SESSION_HINT_COOKIE}=; path=/; max-age=0; samesite=lax`;
  document.documentElement.removeAttribute("data-session");
}

function SignedOutLinks() {
  return (
    // Hidden before first paint (app/globals.css) when the browser has signed in, until we know.
    <div className="signed-out-links flex flex-wrap items-center gap-2">
      <Link href="/login" className={`${linkClass} text-brand-800`}>
        Sign in
      </Link>
      <Link
        href="/register"
        className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white no-underline hover:bg-brand-800"
      >
        Join free
      </Link>
    </div>
  );
}

/**
 * The header's account links. Pages are cached and identical for everyone, so who is signed in is
 * asked from /api/me by the browser, and only when the session-hint cookie says someone might be.
 */
/** The server actions the header calls, passed in by the root layout. */
export interface HeaderActions {
  signOut: () => Promise<void>;
  preferences: PreferencesActions;
}

export function AccountMenu({ actions }: { actions: HeaderActions }) {
  const [account, setAccount] = useState<Me>(null);
  // Asked again after each navigation: signing in or out navigates without reloading the header.
  const pathname = usePathname();

  useEffect(() => {
    let current = true;
    const ask = hasSessionHint(document.cookie) ? fetchMe(pathname) : Promise.resolve(null);
    ask
      .then((me) => {
        if (!current) return;
        setAccount(me);
        if (!me) forgetSessionHint();
      })
      .catch(() => {
        if (current) document.documentElement.removeAttribute("data-session");
      });
    return () => {
      current = false;
    };
  }, [pathname]);

  return (
    <div className="flex flex-wrap items-center gap-2">
      {/* One instance whoever is signed in, so an open panel stays open when the account arrives. */}
      <PreferencesButton signedIn={account !== null} actions={actions.preferences} />
      {account ? (
        <>
          {account.staff && (
            <Link href="/admin" className={`${linkClass} text-brand-800`}>
              Dashboard
            </Link>
          )}
          <Link href="/account" className={`${linkClass} text-brand-800`}>
            <span className="sr-only">Your account: </span>
            {account.name}
          </Link>
          <form
            action={actions.signOut}
            onSubmit={() => {
              forgetSessionHint();
              setAccount(null);
            }}
          >
            <button type="submit" className={`${linkClass} cursor-pointer text-ink`}>
              Sign out
            </button>
          </form>
        </>
      ) : (
        <SignedOutLinks />
      )}
    </div>
  );
}
