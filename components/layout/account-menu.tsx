import Link from "next/link";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { isStaff } from "@/lib/access";
import { getViewer } from "@/lib/auth/viewer";
import { PreferencesButton } from "@/components/preferences/preferences-button";

const linkClass =
  "inline-flex min-h-11 items-center rounded-md px-3 font-medium no-underline hover:bg-brand-50";

export function SignedOutLinks() {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <PreferencesButton signedIn={false} />
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

/** Who is signed in, re-read from the database on every request. */
export async function AccountMenu() {
  const viewer = await getViewer();
  if (!viewer) return <SignedOutLinks />;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <PreferencesButton signedIn />
      {isStaff(viewer) && (
        <Link href="/admin" className={`${linkClass} text-brand-800`}>
          Dashboard
        </Link>
      )}
      <Link href="/account" className={`${linkClass} text-brand-800`}>
        <span className="sr-only">Your account: </span>
        {viewer.name}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={`${linkClass} cursor-pointer text-ink`}>
          Sign out
        </button>
      </form>
    </div>
  );
}
