import { isAdmin, type Viewer } from "@/lib/access";

/** Where someone lands after signing in when nothing asked to go elsewhere: admins work in the dashboard. */
export function signedInHome(account: Pick<Viewer, "role"> | null | undefined): "/admin" | "/account" {
  return isAdmin(account) ? "/admin" : "/account";
}
