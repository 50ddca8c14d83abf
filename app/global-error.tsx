"use client";

/** Last resort when the root layout itself fails: plain HTML, no site chrome. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <h1>Sorry, the site could not be shown</h1>
        <p>This is a problem on our side. Please try again in a moment.</p>
        {error.digest && <p>Reference: {error.digest}</p>}
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1.25rem" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
