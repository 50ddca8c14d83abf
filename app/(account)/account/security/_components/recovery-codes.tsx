/** Recovery codes, shown once after they are made: the person saves them somewhere safe. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-codes-heading" className="rounded-md border-2 border-brand-700 bg-brand-50 p-5">
      <h3 id="recovery-codes-heading" className="text-lg font-semibold text-brand-900">
        Your recovery codes
      </h3>
      <p className="mt-1">
        Each code signs you in once if you lose your phone or passkey. Print them or keep them in a password manager: you will not see
        them again.
      </p>
      <ol className="mt-3 grid list-none gap-2 p-0 font-mono text-lg sm:grid-cols-2" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </section>
  );
}
