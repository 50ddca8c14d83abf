// Older import path, kept for the load benchmarks: import from "@/db/queries/members" instead.
export { listMembers, type MemberFilters } from "./members";
