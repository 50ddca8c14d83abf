import type { FormState } from "@/lib/actions";

/** The form's overall result, announced politely by screen readers when it changes. */
export function FormStatus({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status">
      {state.message && (
        <p
          className={`rounded-md border-l-4 p-4 font-medium ${
            state.status === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-emerald-700 bg-emerald-50 text-emerald-900"
          }`}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
