// Older import path, kept for the load benchmarks: import from "@/db/queries/resources/admin" instead.
export { listAdminResources } from "./resources/admin";
