/** The password asked again before a change to how the account signs in; `id` keeps each form's field its own. */
export function PasswordConfirm({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-ink">
        Your password
      </label>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {errors.join(" ")}
        </p>
      ) : null}
      <input
        id={id}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className={`mt-1 block min-h-11 w-full max-w-sm rounded-md border bg-paper px-3 text-base text-ink ${errors?.length ? "border-red-700 ring-1 ring-red-700" : "border-slate-500"}`}
      />
    </div>
  );
}
