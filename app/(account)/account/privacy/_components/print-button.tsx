"use client";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="print-hidden inline-flex min-h-11 cursor-pointer items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
    >
      Print or save as PDF
    </button>
  );
}
