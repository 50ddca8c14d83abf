// Older import path, kept for the load benchmarks: import from "@/db/queries/news" instead.
export { listAdminNews } from "./news";
