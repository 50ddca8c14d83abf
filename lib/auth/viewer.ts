import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getSessionAccount } from "@/db/queries/accounts";
import { isAdmin, isStaff, type Viewer } from "@/lib/access";
import { readSession, type SessionClaims } from "./session";

export interface SignedInViewer extends Viewer {
  email: string;
  name: string;
}

/**
 * The account behind this request, re-read from the database (one primary-key query), or null.
 * A disabled account, or a cookie issued before the account's last password change, is signed out.
 * Cached per request.
 */
export const getViewer = cache(async (): Promise<SignedInViewer | null> => viewerFromSession(await readSession()));

/** The live account behind a decoded session cookie (shared by pages, handlers and proxy.ts). */
export async function viewerFromSession(session: SessionClaims | null): Promise<SignedInViewer | null> {
  const id = session?.user?.id;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const account = await getSessionAccount(id, session?.sid ?? null);
  if (!account || account.disabled || account.revoked || account.sessionVersion !== session?.sessionVersion) return null;
  return {
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
  return viewer;
}

export async function requireAdmin(callbackPath: string): Promise<SignedInViewer> {
  const viewer = await requireViewer(callbackPath);
  if (!isAdmin(viewer)) forbidden();
  return viewer;
}
