import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getSessionAccount } from "@/db/queries/accounts";
import { touchSession } from "@/db/queries/account-sessions";
import { isAdmin, isStaff, type Viewer } from "@/lib/access";
import { readSession, type SessionClaims } from "./session";
import { needsSecondFactor, SECOND_FACTOR_REQUIRED_PATH } from "./second-factor/policy";

export interface SignedInViewer extends Viewer {
  email: string;
  name: string;
  /** This sign-in's id (account_sessions). */
  sessionId: string;
  /** Whether the account has an active second factor: admins need one for the dashboard. */
  secondFactor: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The account behind this request, re-read from the database (one primary-key query), or null.
 * A disabled account, or a cookie issued before the account's last password change, is signed out.
 * Cached per request.
 */
export const getViewer = cache(async (): Promise<SignedInViewer | null> => viewerFromSession(await readSession()));

/** The live account behind a decoded session cookie (shared by pages, handlers and proxy.ts). */
export async function viewerFromSession(session: SessionClaims | null): Promise<SignedInViewer | null> {
  const id = session?.user?.id;
  const sid = session?.sid;
  if (!id || !UUID.test(id) || !sid || !UUID.test(sid)) return null;
  const account = await getSessionAccount(id, sid);
  if (!account || account.disabled || account.revoked || account.sessionVersion !== session?.sessionVersion) return null;
  // A sign-in without its row (signed out from another browser), or still waiting for its second
  // factor, opens nothing.
  if (account.sessionPending !== false) return null;
  if (account.sessionLastSeenAt && Date.now() - account.sessionLastSeenAt.getTime() > 60_000) await touchSession(sid);
  return {
    sessionId: sid,
    secondFactor: account.secondFactor,
    id: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    tierSlug: account.tierSlug,
    membershipExpiresAt: account.membershipExpiresAt,
    disabled: account.disabled,
    organisation: account.orgTierSlug
      ? { tierSlug: account.orgTierSlug, membershipExpiresAt: account.orgExpiresAt }
      : null,
  };
}

/** For pages and actions that need a signed-in account: sends others to sign in first. */
export async function requireViewer(callbackPath: string): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return viewer;
}

export async function requireStaff(callbackPath: string): Promise<SignedInViewer> {
  const viewer = await requireViewer(callbackPath);
  if (!isStaff(viewer)) forbidden();
  if (needsSecondFactor(viewer)) redirect(SECOND_FACTOR_REQUIRED_PATH);
  return viewer;
}

export async function requireAdmin(callbackPath: string): Promise<SignedInViewer> {
  const viewer = await requireStaff(callbackPath);
  if (!isAdmin(viewer)) forbidden();
  return viewer;
}
