"use client";

import { Link } from "@/components/ui/link";
import { useEffect } from "react";

/** Shown when a page fails: no details, a way to retry, and a reference for support. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-20 sm:px-6 lg:px-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Something went wrong</p>
      <h1 className="mt-2 text-4xl font-semibold text-brand-900">Sorry, this page could not be shown</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted">
        This is a problem on our side, not something you did. Please try again in a moment.
      </p>
      {error.digest && <p className="mt-2 text-sm text-muted">Reference: {error.digest}</p>}
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="min-h-11 cursor-pointer rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          Try again
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center rounded-md px-5 font-semibold ring-1 ring-brand-200">
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
