import "server-only";
import { headers } from "next/headers";
import { getSessionAccount } from "@/db/queries/accounts";
import { completeSecondFactor, getPendingSession } from "@/db/queries/account-sessions";
import { writeSessionHint } from "@/lib/preferences-cookie";
import { clientAddress } from "./config";
import { clearSecondFactorFailures } from "./credentials";
import { rememberDevice } from "./device";
import { readSession } from "./session";
import { noticeSignIn } from "./sign-in-notice";

export interface PendingSignIn {
  accountId: string;
  sessionId: string;
  email: string;
  role: "member" | "editor" | "admin";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * This request's sign-in when its password was right and its second factor is still to come (for
 * 15 minutes): the only thing such a session may do is finish signing in at /login/verify.
 */
export async function getPendingSignIn(): Promise<PendingSignIn | null> {
  const session = await readSession();
  const id = session?.user?.id;
  const sid = session?.sid;
  if (!id || !UUID.test(id) || !sid || !UUID.test(sid)) return null;
  const account = await getSessionAccount(id, sid);
  if (!account || account.disabled || account.revoked || account.sessionVersion !== session.sessionVersion) return null;
  if (account.sessionPending !== true || !(await getPendingSession(sid, id))) return null;
  return { accountId: id, sessionId: sid, email: account.email, role: account.role };
}

/** The second factor was right: the session is whole, the browser known, a new browser told to the owner. */
export async function finishPendingSignIn(pending: PendingSignIn): Promise<boolean> {
  if (!(await completeSecondFactor(pending.sessionId, pending.accountId))) return false;
  await clearSecondFactorFailures(pending.accountId);
  const requestHeaders = await headers();
  await rememberDevice(pending.email);
  await noticeSignIn(
    { id: pending.accountId, email: pending.email },
    { userAgent: requestHeaders.get("user-agent") ?? "", address: clientAddress(requestHeaders) },
  );
  await writeSessionHint(true);
  return true;
}
