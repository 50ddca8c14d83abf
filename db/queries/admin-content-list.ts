// Older import path, kept for the load benchmarks: import from "@/db/queries/content/list" instead.
export { type ContentListFilters } from "./content/list";
