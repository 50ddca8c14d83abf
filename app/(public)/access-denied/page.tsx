import Forbidden from "@/app/forbidden";

export const metadata = { title: "Access denied", robots: { index: false } };

/** What proxy.ts shows (with a 403) to a signed-in account that is not staff at /admin. */
export default function AccessDeniedPage() {
  return <Forbidden />;
}
